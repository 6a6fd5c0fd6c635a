"""Name pools for blind-2026-12-i, written from scratch. Each community: (given names, family names).
Family names with a space use '_' (turned back into a space when drawn)."""
POOLS = {
 "qc": ("Réjean Francine Gilberte Yvan Mireille Patrice Josée Normand Lyne Sylvain Chantale Raymonde Marc-Antoine Jessica Ghislain Nathalie Rosaire Émilie Dany Marie-Pier Clermont Johanne Benoît Karine Laurent Solange",
        "Gagnon-Bérubé Lapointe Vaillancourt Boisvert Côté Desrosiers Paquin Turcotte Beaulieu Lévesque Dionne Charest Gosselin Dufresne Bélanger Lemire Poulin Grenier Blais Bissonnette Patenaude Corriveau Fortier Lachance Gingras Beausoleil"),
 "acadian": ("Aurèle Edna Zélica Omer Délima Rhéal Gisèle Évangéline Léonce Nadine", "Arseneau LeBlanc Doucet Thériault Haché Chiasson Landry Gallant Poirier Boudreau"),
 "fr": ("Gaëlle Thibault Mathilde Yannick Clémence Baptiste Océane Romain Séverine Florian Margaux Arnaud Anaïs Quentin Bérénice Loïc",
        "Moreau Fabre Lemaire Garnier Chevalier Perrin Marchal Roussel Barbier Lacroix Dumont Renaud Morel Guérin Vidal Bonnet"),
 "breton": ("Erwan Nolwenn Tanguy Maïwenn Goulven Enora Ronan Soizic", "Le_Goff Kerjean Le_Men Tanguy Guivarc'h Le_Bras Quéméner Le_Roux"),
 "corsican": ("Ghjuvanni Paola Orsu Lisandra Santu Maria-Ghjuvanna", "Santoni Peretti Casanova Mondoloni Luciani Agostini"),
 "alsatian": ("Aloïse Odile Theo Lucienne Fridolin", "Schoenenberger Riehl Muller Kieffer Brendel"),
 "antillean": ("Lucette Hyacinthe Josélita Fred Ketty Rodrigue", "Alcindor Vainqueur Zébina Calixte Désirée Bellance"),
 "reunion": ("Jean-Bernard Marie-Annick Willy Sandrine Ludovic", "Payet Grondin Hoarau Técher Fontaine"),
 "haitian": ("Wideline Jean-Robert Mackenson Roseline Fritznel Nadège Wilner Guerline", "Dorsainvil Péan Jean-Baptiste Célestin Métellus Nazaire Bazile Joachim"),
 "westafr": ("Aïssatou Mamadou Fatoumata Kwame Adjoa Ousmane Nnamdi Binta Chidinma Souleymane", "Coulibaly Diallo Mensah Traoré Okonkwo Sow Asante Keïta Adeyemi Ndiaye"),
 "centralafr": ("Grâce Bienvenu Divine Prosper Nsimba Espérance", "Mukendi Kabongo Ilunga Nkounkou Mbala Tshibangu"),
 "eastafr": ("Hodan Tesfaye Wanjiru Abdirahman Selam Kiptoo", "Warsame Haile Otieno Gebremedhin Abdi Njoroge"),
 "maghreb": ("Yasmina Rachid Nawel Karima Sofiane Lamia Hakim Amel Nordine Soraya", "Bouzidi Ait_Hamou Benchekroun Mezouar Ziani Belkacem Cherifi Lahlou Ben_Salah Haddad"),
 "arabic": ("Rami Layla Fadi Maysa Omar Rana", "Abou_Khalil Nassar Haddadin Saab Khoury Mansour"),
 "persian": ("Dariush Shirin Kaveh Parisa Babak Niloufar", "Tehrani Rostami Farahani Karimzadeh Mohajer Sadeghi"),
 "turkish": ("Emre Elif Burak Zeynep Cem", "Yıldırım Aksoy Çelik Öztürk Kaplan"),
 "kurdish": ("Rojda Dilan Serhat Berfin Azad", "Baran Zana Amedi Berwari Sindi"),
 "armenian": ("Armen Anahit Hagop Talin Vartan Lusine", "Kazarian Manoukian Sarkissian Hovsepian Tashjian Boghossian"),
 "southasian": ("Harpreet Anjali Gurdeep Rohan Simran Arjun Priyanka Vikram", "Sandhu Dhaliwal Mehta Choudhury Gill Bhattacharya Rao Ahluwalia"),
 "tamil": ("Tharshan Kavitha Senthuran Nirosha Pirapakaran", "Thevarajah Sivakumar Nadarajah Kanagaratnam Jeyakumar"),
 "srilankan": ("Chaminda Dilrukshi Ruwan Nadeesha", "Perera Jayasuriya Wickramasinghe Fernando"),
 "eastasian": ("Wei Mei-Ling Hiroshi Yuna Jun-ho Xiaoyu Kenji Seo-yeon", "Zhou Takahashi Park Lin Huang Nakamura Choi Liang"),
 "viet": ("Thảo Quang Hạnh Minh Tuấn Ngân", "Trần Phạm Lê Võ Đặng Huỳnh"),
 "khmer": ("Sokha Vanna Dara Sreymom", "Chhim Sok Keo Prak"),
 "lao": ("Khamla Souphanh Bounmy Vilay", "Phommachanh Sisavath Keovongsa Inthavong"),
 "filipino": ("Maricel Rodel Jovelyn Arnel Lorna Jun", "Dela_Cruz Bautista Macaraeg Villanueva Manalo Ocampo"),
 "latam": ("Ximena Mauricio Valentina Esteban Guadalupe Rodrigo Catalina Andrés", "Restrepo Quispe Herrera Castañeda Morales Fuentes Villalobos Orozco"),
 "portuguese": ("Fernanda Rui Conceição Duarte Gonçalo", "Medeiros Tavares Amaral Pacheco Furtado"),
 "easteur": ("Oksana Dmytro Katarzyna Bogdan Milena Tomasz Irina Radu", "Kovalenko Wiśniewska Petrescu Horvat Nowakowski Shevchuk Dragomir Zielińska"),
 "greek": ("Eleni Stavros Despina Nikos", "Papadakis Karamanlis Georgiou Vlachos"),
 "italian": ("Carmela Nunzio Rosaria Vittorio Donatella", "Iacobucci DiStefano Ferrante Colavecchio Mancuso"),
 "jewish": ("Yael Mordechai Shira Avi Rivka Eli", "Feldman Rosenzweig Abergel Kaplansky Sebag Goldfarb"),
 "en": ("Gordon Heather Trevor Brenda Dustin Kimberly Russell Tara Glen Amber Wayne Colleen Bradley Shannon",
        "Pritchard Hollis Westbrook Crane Fairweather Lockhart Ashdown Penner Underhill Rowntree Whitlock Ferris Sutter Bannister"),
 "scottish": ("Alasdair Morag Euan Kirsty Hamish Isla", "McTavish MacInnes Gillies Urquhart Munro Sinclair"),
 "irish": ("Siobhan Cormac Niamh Padraig Orla", "O'Driscoll Kavanagh Doherty Brennan McGuinness"),
 "innu": ("Réginald Marie-Ange Shanice Tshiuetin", "Vollant Rock Picard-Mestokosho Fontaine"),
 "atikamekw": ("Wapan Jocelyne Flavie Mikisiw", "Awashish Dubé Petiquay Niquay"),
 "cree": ("Daisy Jordan Kendra Eliot", "Kanatewat Mianscum Bosum Wapachee"),
 "mohawk": ("Kahentiio Tekarontake Karonhiio Ieronhienhawi", "Deer Jacobs Montour Rice"),
 "inuit": ("Qajaq Annie Paulusie Siasi Jaaji", "Tukalak Nappaaluk Kasudluak Qumaluk Aupaluk"),
 "mikmaq": ("Trevor Sarah-Lee Noel", "Paul Googoo Denny"),
 "wabanaki": ("Tobie Mélissa", "O'Bomsawin Nolett"),
 "metis": ("Delphine Ambroise Chantelle", "Desjarlais Fleury Parenteau"),
 "words": ("Rose Noël Blanche Constant Aimé Prosper Victoire", "Lapierre Boulanger Marchand Legrand Lejeune Fortin Bonheur"),
}
WOMEN = set("""Francine Gilberte Mireille Josée Lyne Chantale Raymonde Jessica Nathalie Émilie Marie-Pier Johanne Karine Solange Edna Zélica Délima Gisèle
Évangéline Nadine Gaëlle Mathilde Clémence Océane Séverine Margaux Anaïs Bérénice Nolwenn Maïwenn Enora Soizic Paola Lisandra Maria-Ghjuvanna Aloïse Odile Lucienne
Lucette Hyacinthe Josélita Ketty Marie-Annick Sandrine Wideline Roseline Nadège Guerline Aïssatou Fatoumata Adjoa Binta Chidinma Grâce Divine Espérance Hodan Wanjiru
Selam Yasmina Nawel Karima Lamia Amel Soraya Layla Maysa Rana Shirin Parisa Niloufar Elif Zeynep Rojda Dilan Berfin Anahit Talin Lusine Harpreet Anjali Simran Priyanka
Kavitha Nirosha Dilrukshi Nadeesha Mei-Ling Yuna Xiaoyu Seo-yeon Thảo Hạnh Ngân Sokha Vanna Sreymom Khamla Bounmy Vilay Maricel Jovelyn Lorna Ximena Valentina Guadalupe
Catalina Fernanda Conceição Oksana Katarzyna Milena Irina Eleni Despina Carmela Rosaria Donatella Yael Shira Rivka Heather Brenda Kimberly Tara Amber Colleen Shannon Morag
Kirsty Isla Siobhan Niamh Orla Marie-Ange Shanice Jocelyne Flavie Daisy Kendra Kahentiio Karonhiio Annie Siasi Sarah-Lee Mélissa Delphine Chantelle Rose Blanche Victoire""".split())
