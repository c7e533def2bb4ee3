package timex

// cache keeps strings built from keys (explanations, mostly), so that the
// texts a pooled tagger reads build each one once. When it holds limit
// entries (cacheLimit when limit is 0) it forgets them all: keys repeat
// within a few texts, and the memory a tagger keeps stays bounded.
type cache[K comparable] struct {
	m     map[K]string
	limit int
}

// cacheLimit is the number of entries a cache keeps by default.
const cacheLimit = 512

// get returns the string kept for k.
func (c *cache[K]) get(k K) (string, bool) {
	s, ok := c.m[k]
	return s, ok
}

// keep keeps s for k and returns s. The key must not hold a slice of the
// text being tagged, which the cache would keep alive.
func (c *cache[K]) keep(k K, s string) string {
	limit := c.limit
	if limit == 0 {
		limit = cacheLimit
	}
	if c.m == nil {
		c.m = make(map[K]string)
	} else if len(c.m) >= limit {
		clear(c.m)
	}
	c.m[k] = s
	return s
}
