package gazetteer

// builtin is the built-in lexicon, one entry a line:
// key|type|Name|other names separated by ;|parent key|gender
const builtin = `
united-states|country|United States|U.S.;US;USA;U.S.A.;America;United States of America||
russia|country|Russia|Russian Federation||
ukraine|country|Ukraine|||
united-kingdom|country|United Kingdom|U.K.;UK;Britain;Great Britain||
england|place|England||united-kingdom|
scotland|place|Scotland||united-kingdom|
saudi-arabia|country|Saudi Arabia|Kingdom of Saudi Arabia||
switzerland|country|Switzerland|||
france|country|France|||
germany|country|Germany|||
italy|country|Italy|||
spain|country|Spain|||
greece|country|Greece|||
turkey|country|Turkey|Türkiye||
poland|country|Poland|||
china|country|China|People's Republic of China||
japan|country|Japan|||
india|country|India|||
israel|country|Israel|||
iran|country|Iran|||
iraq|country|Iraq|||
syria|country|Syria|||
egypt|country|Egypt|||
qatar|country|Qatar|||
canada|country|Canada|||
mexico|country|Mexico|||
brazil|country|Brazil|||
belarus|country|Belarus|||
hungary|country|Hungary|||
north-korea|country|North Korea|||
south-korea|country|South Korea|||
australia|country|Australia|||
netherlands|country|Netherlands|the Netherlands;Holland||
belgium|country|Belgium|||
ireland|country|Ireland|||
portugal|country|Portugal|||
norway|country|Norway|||
sweden|country|Sweden|||
finland|country|Finland|||
denmark|country|Denmark|||
austria|country|Austria|||
libya|country|Libya|||
tunisia|country|Tunisia|||
morocco|country|Morocco|||
lebanon|country|Lebanon|||
jordan|country|Jordan|||
pakistan|country|Pakistan|||
afghanistan|country|Afghanistan|||
indonesia|country|Indonesia|||
kenya|country|Kenya|||
nigeria|country|Nigeria|||
south-africa|country|South Africa|||
argentina|country|Argentina|||
europe|place|Europe|||
washington|place|Washington|Washington D.C.;Washington DC;D.C.|united-states|
white-house|place|White House||washington|
oval-office|place|Oval Office||white-house|
capitol|place|Capitol|Capitol Hill|washington|
new-york|place|New York|New York City;NYC|united-states|
los-angeles|place|Los Angeles||united-states|
chicago|place|Chicago||united-states|
san-francisco|place|San Francisco||united-states|
houston|place|Houston||united-states|
miami|place|Miami||united-states|
seattle|place|Seattle||united-states|
boston|place|Boston||united-states|
moscow|place|Moscow||russia|
kremlin|place|Kremlin|the Kremlin|moscow|
st-petersburg|place|St. Petersburg|Saint Petersburg|russia|
kyiv|place|Kyiv|Kiev|ukraine|
kharkiv|place|Kharkiv|Kharkov|ukraine|
odesa|place|Odesa|Odessa|ukraine|
london|place|London||england|
manchester|place|Manchester||england|
edinburgh|place|Edinburgh||scotland|
downing-street|place|Downing Street|10 Downing Street|london|
riyadh|place|Riyadh||saudi-arabia|
jeddah|place|Jeddah||saudi-arabia|
geneva|place|Geneva||switzerland|
zurich|place|Zurich||switzerland|
bern|place|Bern||switzerland|
davos|place|Davos||switzerland|
paris|place|Paris||france|
marseille|place|Marseille||france|
berlin|place|Berlin||germany|
munich|place|Munich||germany|
rome|place|Rome||italy|
madrid|place|Madrid||spain|
athens|place|Athens||greece|
piraeus|place|Piraeus||greece|
lesbos|place|Lesbos|Lesvos|greece|
crete|place|Crete||greece|
istanbul|place|Istanbul||turkey|
ankara|place|Ankara||turkey|
warsaw|place|Warsaw||poland|
beijing|place|Beijing||china|
tokyo|place|Tokyo||japan|
new-delhi|place|New Delhi||india|
jerusalem|place|Jerusalem||israel|
tel-aviv|place|Tel Aviv||israel|
tehran|place|Tehran||iran|
baghdad|place|Baghdad||iraq|
damascus|place|Damascus||syria|
cairo|place|Cairo||egypt|
doha|place|Doha||qatar|
ottawa|place|Ottawa||canada|
toronto|place|Toronto||canada|
minsk|place|Minsk||belarus|
budapest|place|Budapest||hungary|
brussels|place|Brussels||belgium|
amsterdam|place|Amsterdam||netherlands|
dublin|place|Dublin||ireland|
lisbon|place|Lisbon||portugal|
oslo|place|Oslo||norway|
stockholm|place|Stockholm||sweden|
helsinki|place|Helsinki||finland|
copenhagen|place|Copenhagen||denmark|
vienna|place|Vienna||austria|
tripoli|place|Tripoli||libya|
beirut|place|Beirut||lebanon|
nairobi|place|Nairobi||kenya|
sydney|place|Sydney||australia|
yosemite|place|Yosemite|Yosemite National Park|united-states|
nato|organization|NATO|North Atlantic Treaty Organization||
united-nations|organization|United Nations|U.N.;UN||
un-general-assembly|organization|U.N. General Assembly|UN General Assembly;United Nations General Assembly;General Assembly||
un-security-council|organization|U.N. Security Council|UN Security Council;Security Council||
european-union|organization|European Union|EU;E.U.||
associated-press|organization|Associated Press|AP;The Associated Press;A.P.||
reuters|organization|Reuters|||
fox-news|organization|Fox News|||
cbs-news|organization|CBS News|CBS;CBSNEWS||
voa|organization|VOA|Voice of America;VOA News||
la-times|organization|LA Times|Los Angeles Times;L.A. Times||
bbc|organization|BBC|British Broadcasting Corporation||
cnn|organization|CNN|||
fbi|organization|FBI|Federal Bureau of Investigation||
pentagon|organization|Pentagon|the Pentagon||
state-department|organization|State Department|U.S. State Department;Department of State||
kremlin-org|organization|Kremlin|||
tass|organization|Tass|TASS||
ria-novosti|organization|RIA Novosti|||
national-park-service|organization|National Park Service|||
berkshire-hathaway|organization|Berkshire Hathaway|Berkshire||
world-health-organization|organization|World Health Organization|WHO||
imf|organization|International Monetary Fund|IMF||
world-bank|organization|World Bank|||
red-cross|organization|Red Cross|International Committee of the Red Cross;ICRC||
hellenic-coast-guard|organization|Hellenic Coast Guard|Greek coast guard||
donald-trump|person|Donald Trump|Donald J. Trump||m
vladimir-putin|person|Vladimir Putin|||m
joe-biden|person|Joe Biden|Joseph Biden;Joseph R. Biden||m
volodymyr-zelenskyy|person|Volodymyr Zelenskyy|Volodymyr Zelensky;Volodymyr Zelenskiy||m
marco-rubio|person|Marco Rubio|||m
sergey-lavrov|person|Sergey Lavrov|Sergei Lavrov||m
keir-starmer|person|Keir Starmer|||m
emmanuel-macron|person|Emmanuel Macron|||m
olaf-scholz|person|Olaf Scholz|||m
xi-jinping|person|Xi Jinping|||m
`

// demonymTable maps country keys to adjectives of nationality.
const demonymTable = `
united-states|American;U.S.;US
russia|Russian
ukraine|Ukrainian
united-kingdom|British;U.K.;UK
saudi-arabia|Saudi
switzerland|Swiss
france|French
germany|German
italy|Italian
spain|Spanish
greece|Greek
turkey|Turkish
poland|Polish
china|Chinese
japan|Japanese
india|Indian
israel|Israeli
iran|Iranian
iraq|Iraqi
syria|Syrian
egypt|Egyptian
qatar|Qatari
canada|Canadian
mexico|Mexican
brazil|Brazilian
belarus|Belarusian
hungary|Hungarian
australia|Australian
europe|European
netherlands|Dutch
belgium|Belgian
ireland|Irish
norway|Norwegian
sweden|Swedish
finland|Finnish
denmark|Danish
austria|Austrian
libya|Libyan
lebanon|Lebanese
pakistan|Pakistani
afghanistan|Afghan
kenya|Kenyan
nigeria|Nigerian
`

// maleNames and femaleNames are common first names.
const maleNames = `
Aaron Adam Ahmed Alan Albert Alex Alexander Alexei Alexey Ali Andrew Andrei Andrey Anthony Antonio Ben Benjamin Bernard Bill Bob Boris Brad Brandon Brian Bruce Carl Carlos Charles Chris Christopher Chuck Colin Dan Daniel Dave David Dennis Dimitris Dmitry Dmitri Donald Douglas Ed Edward Elon Emmanuel Eric Frank Gary George Georgios Giorgos Greg Gregory Hakan Hans Harry Henry Ian Igor Ivan Jack Jacob Jake James Jamie Jason Jeff Jeffrey Jens Jerome Jim Joe John Jonathan Jose Joseph Juan Justin Kash Keir Keith Ken Kevin Kostas Kyriakos Larry Lee Leon Luis Marco Mark Martin Matt Matthew Max Michael Mike Mikhail Mohammed Muhammad Nick Nicholas Nikolai Nikos Olaf Oleg Olivier Omar Patrick Paul Pedro Pete Peter Philip Pierre Rafael Ray Recep Richard Rick Rob Robert Roger Ron Ronald Ryan Sam Samuel Scott Sean Sergei Sergey Sergiy Stefan Stephen Steve Steven Thomas Tim Timothy Tom Tony Viktor Victor Vladimir Volodymyr Walter Warren Wayne William Xi Yannis Yuri Yury Andriy Dmytro Oleksandr Vitali Vitaly Kirill Maxim Rishi Narendra Benjamin Tayyip Abdullah Mohammad Hassan Karim Khalid Faisal Giorgia Friedrich Pedro Javier Miguel Marcus Oscar Owen Noah Liam Lucas Ethan Nathan Simon Hugh Graham Nigel Gordon Neil Stuart Derek Dean Joel Kyle Shawn Troy Wesley Jayson Kostas Tom Mark Nikos
Abdul Adrian Ahmad Aidan Alberto Aleksandr Alexandre Alfredo Ali Amir Anders Andre Andreas Andres Angelo Anton Antoine Arjun Armando Arnold Arthur Austin Avi Barack Bernie Bjorn Blake Bobby Boris Brett Bryan Caleb Cameron Carlo Carter Cesar Charlie Christian Claude Clint Cody Colin Connor Cristian Curtis Dale Damian Darren Dario Deepak Denis Diego Dimitri Dominic Don Donovan Duncan Dylan Eddie Eduardo Efrain Elias Emil Emilio Enrique Erik Ernesto Evan Fabian Felipe Felix Fernando Filip Francesco Francis Franco Frederick Gabriel Gavin Geert Gerald Gerhard Giorgio Giovanni Glenn Gonzalo Grant Guillermo Gustavo Guy Hamid Harold Hector Heinz Hiroshi Howard Hugo Hussein Ibrahim Ignacio Ilya Isaac Ismail Jaime Jan Javier Jean Jeremy Jesse Jesus Joao Joaquin Johan Johannes Jonas Jordan Jorge Josh Joshua Juan Julian Julio Jurgen Karl Keith Kenji Kenneth Khaled Kim Klaus Konstantin Kurt Lars Lawrence Leonardo Leonid Lionel Lorenzo Louis Lucas Luca Luigi Luke Manuel Marc Marcel Mario Marko Mateo Mathieu Matthias Mauricio Maurice Mehmet Michel Miguel Mikael Mick Milan Mitch Mohamed Moshe Murat Mustafa Nabil Naftali Nasser Nathaniel Neil Nelson Niels Nikita Noel Norbert Olaf Omar Oscar Pablo Pascal Patrick Pavel Pedro Petr Petros Phil Pierre Piotr Rafael Rahul Raj Ramon Randy Raul Reza Ricardo Roberto Rodrigo Roland Roman Rory Ruben Rudy Rui Russell Salvador Samir Sanjay Santiago Sebastian Sergio Shane Shinzo Silvio Simon Stanislav Stuart Sven Taras Ted Terry Thiago Thierry Tobias Todd Tomas Travis Tyler Umar Valentin Vasily Vicente Viktor Vincent Vivek Vladislav Wade Walid Wei William Wolfgang Xavier Yaroslav Yasser Yousef Yusuf Zach Zoran Ali Mehmet Recep Ahmet Emre Burak Mick Yannis Ioannis Andreas Georgios Dimitrios Christos Panagiotis Vasilis Kostas Nikolaos Petros Stavros Manolis
`

const femaleNames = `
Alice Amanda Amy Ana Angela Anna Anne Annalena Barbara Betty Carol Caroline Catherine Charlotte Christine Claire Clara Dana Diana Donna Elena Elizabeth Ella Emily Emma Eva Fiona Grace Hannah Heather Helen Hillary Irina Jane Janet Jennifer Jessica Jill Joan Julia Julie Karen Kamala Kate Katherine Kathy Katie Kaja Laura Linda Lisa Liz Lucy Maria Marie Marine Mary Megan Melania Melissa Michelle Nancy Natalia Natalya Nicola Nina Olena Olga Pat Patricia Rachel Rebecca Rose Ruth Sandra Sarah Sophie Stephanie Susan Tatiana Theresa Ursula Valentina Victoria Yulia Zoe Tammy Karen Kelly Eleni Maria
Abigail Adriana Agnes Aisha Alexandra Alicia Alina Alison Allison Amal Amanda Ana Anastasia Andrea Angelina Anita Annalena Antonia Aria Ashley Ayse Barbara Beatriz Bella Brenda Brigitte Camila Carla Carmen Caroline Cassandra Catalina Cecilia Chiara Christina Cindy Claudia Colleen Cristina Daniela Deborah Denise Diane Dolores Dominika Dorothy Elena Elif Elisa Elisabeth Elise Ellen Eleanor Elsa Emine Emma Erin Esther Eva Evelyn Fatma Fernanda Francesca Gabriela Gemma Gina Giulia Gloria Hana Hanna Heidi Helena Hilary Hiroko Ilona Ingrid Iris Isabel Isabella Ivana Jacqueline Jana Janet Jasmine Jenny Joanna Josefina Judith Julia Juliana Justine Katarzyna Katja Kayla Keiko Kristen Kristina Laila Lara Larissa Laura Lea Leila Lena Leticia Lina Lisa Liv Lorena Louise Lucia Luisa Lydia Magdalena Maja Margaret Margarita Mariana Marina Marisol Marta Martha Martina Maya Mercedes Mia Mila Miriam Monica Nadia Nancy Naomi Natasha Nicole Nina Noor Olivia Paola Patricia Paula Pauline Penny Petra Pilar Rachel Ramona Rania Rebecca Renata Rita Roberta Rosa Rosalind Roxana Sabrina Samantha Sandra Sara Selin Serena Silvia Simone Sofia Sonia Stella Suzanne Svetlana Tamara Tanya Teresa Tina Ursula Valeria Vanessa Vera Veronica Victoria Viktoria Violeta Wendy Ximena Yasmin Yelena Yuki Yulia Zeynep Zofia Helen Priya Mette Kaja Giorgia Ellen Elena Katerina Sofia Giulia Ines Chloe Amelia Olivia Mia Layla Fatima Aisha Priya Meera Mei Yuki Ingrid Greta Helga Sabine Mette Sanna Kristalina
`
