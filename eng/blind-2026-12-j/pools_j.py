"""Fresh name pools for blind-2026-12-j, written from scratch. POOLS[community] = (given names, family names);
family names with a space are written with '_' . WOMEN lists the given names drawn as women (for RAMQ +50 and NIR sex)."""
POOLS = {
 "qc": ("Réjean Huguette Normand Francine Ghislain Nicole Jean-Marc Lise Dany Karine Yvon Josée Stéphane Manon Benoît Chantal Jocelyn Sonia Raymonde Marc-Antoine Édith Rosaire Mireille Sylvain Véronique Maxime Annie-Claude Gaétan Jeannine Éloi Laurie-Anne",
        "Bergeron Lapointe Thibault Desrochers Beaulieu-Lavoie Gravel Turcotte Lachance Paradis Savard Drouin Gosselin Charest-Roy Fréchette Sirois Vachon Labrecque Poirier St-Onge Lemelin Bourassa Cloutier Jodoin Tanguay Bélanger-Nadeau Provencher Laflamme Morneau Déry Hamelin"),
 "acadian": ("Rhéal Aurèle Gisèle Onésime Réjeanne Delphis Léona Euclide Marie-Reine Angilbert Noëlla Fidèle",
        "Haché Cormier LeBlanc Thériault Gallant Robichaud Doiron Chiasson Landry Arsenault Comeau Boudreau"),
 "franco_on": ("Ginette Lucien Danielle Roch Monique Éric Carole Jacques-Yves Paulette Gilles",
        "Lalonde Séguin Bisson Quesnel Lacelle Brisebois Laframboise Giroux Chartrand Leduc"),
 "fr": ("Anne-Sophie Thibaut Marine Gaëtan Apolline Grégoire Solène Benoît Clémence Aurélien Ludivine Maxence Capucine Hervé Mathilde Quentin Bérénice Florian Émeline Arnaud",
        "Chevallier Fournier Lemaire Dumont Perrin Rousseau Faure Garnier Mercier Boyer Lacroix Bonnet Masson Aubert Renaud Gaillard Barbier Leclerc Brunet Colin"),
 "breton": ("Yannig Gwenaëlle Tanguy Nolwenn Erwan Maëlle Goulven Enora", "Le_Goff Kervella Le_Meur Tanguy Quéré Le_Bihan Guillou Le_Corre"),
 "corsican": ("Ghjuvan Dumenica Paulu Santa Petru Maria-Ghjuvanna Orsu Ghjasippina", "Santoni Mattei Albertini Casanova Filippi Luciani Pietri Orsini"),
 "basque": ("Iñaki Maialen Peio Amaia Xabi Garazi Beñat Ainhoa", "Etcheverry Irigoyen Elissalde Harriet Larramendy Oyharçabal Etchegaray Haran"),
 "alsatian": ("Théo Odile Frédéric Liselotte Joseph Marlène", "Schwartz Meyer Haegel Ostermann Wendling Kuntz"),
 "antillean": ("Ludovic Man-Hélène Fritz Josiane Steeve Maryse Harry Cindy Gérald Ketty", "Jean-Baptiste Romain Ferdinand Séraphin Cyrille Bellance Euzet Nestor Charlery Calixte"),
 "guianese": ("Yannick Lucette Rodolphe Mylène Ange", "Horth Saint-Aimé Prévot Léopold Samuel"),
 "reunion": ("Jean-Hugues Marie-Josée Teddy Lynda Fabrice Sabine Mickaël Nadège", "Payet Grondin Hoarau Técher Boyer-Lauret Fontaine Maillot Rivière"),
 "mahoran": ("Anli Zaïnaba Abdallah Moinaecha Soilihi Faouzia", "Madi Combo Ahamada Saïd Houmadi Ali-Mari"),
 "haitian": ("Jean-Robert Mirlande Wilner Guerda Frantz Nadège Jocelyne Emmanuel Rosemond Yolette", "Pierre-Louis Désir Jean-Gilles Estimé Dorval Augustin Célestin Fleurimond Altidor Delva"),
 "westafr": ("Mamadou Aïssatou Kwame Fatoumata Ousmane Adjoa Souleymane Mariam Chinedu Ngozi Yaw Awa", "Traoré Diallo Mensah Keïta Sow Ouédraogo Coulibaly Asante Okafor Adeyemi Bamba Kaboré"),
 "centralafr": ("Prince Grâce Blaise Esther Cédric Néhémie Dieudonné Chancelle", "Mbuyi Kabila Nkounkou Ilunga Tshibangu Mabiala Ekambi Ngoma"),
 "eastafr": ("Abdirahman Hodan Tesfaye Meron Yonas Saba Amani Wanjiru", "Warsame Gebremedhin Tadesse Okello Kariuki Haile Omondi Nyambura"),
 "maghreb": ("Karim Nadia Youssef Samira Mehdi Khadija Rachid Leïla Hamza Imane Sofiane Houda", "Benali Amrani El_Fassi Haddad Bouzid Zeroual Cherkaoui Belkacem Tahiri Mansouri Ait_Ahmed Lamrani"),
 "arabic": ("Rami Lina Ziad Maya Tarek Reem Fadi Nour", "Khoury Haddad-Saba Nassar Aboud Farah Saliba Mourad Kassem"),
 "persian": ("Dariush Shirin Kaveh Parisa Babak Niloufar Arash Golnaz", "Rahimi Tehrani Ghasemi Sadeghi Mousavi Karimi Azadi Bahrami"),
 "turkish": ("Emre Zeynep Burak Elif Mert Selin Onur Aylin", "Yılmaz Demir Aydın Şahin Öztürk Kaya Arslan Çelik"),
 "kurdish": ("Rojhat Berfin Azad Hêvî Serhat Newroz", "Zana Barzani Amed Xelil Dilan Baran"),
 "armenian": ("Aram Anahit Vartan Lusine Hagop Nairi", "Petrossian Hovsepian Kazarian Manoukian Sarkissian Boyajian"),
 "southasian": ("Harpreet Rajesh Priya Gurdeep Anjali Vikram Simran Arjun Kavita Sanjay Neha Manpreet", "Sandhu Patel Sharma Gill Iyer Chaudhry Mehta Dhillon Banerjee Kapoor Grewal Joshi"),
 "tamil": ("Tharshan Kalaivani Senthil Abirami Kumaran Mathivathani", "Sivapalan Ratnam Thevarajah Kanagasabai Yogendran Nadarajah"),
 "eastasian": ("Wei Min-jun Haruka Jian Seo-yeon Kenji Xiaoling Jae-won Yuki Lihua", "Chen Park Nakamura Zhou Kim Watanabe Lin Choi Sato Huang"),
 "viet": ("Thị_Hằng Văn_Minh Ngọc_Bích Quốc_Bảo Thu_Trang Đức_Anh", "Nguyễn Trần Phạm Lê Võ Hoàng"),
 "khmer": ("Sokha Chanthy Vannak Sreymom Dara Bopha", "Chhim Sok Heng Pich Meas Chea"),
 "filipino": ("Maricel Jericho Rowena Arnel Joy Dindo Lorelei Rodel", "Dela_Cruz Bautista Mercado Villanueva Manalo Santiago Ocampo Aquino"),
 "latam": ("Alejandro Valentina Mateo Camila Diego Luciana Andrés Ximena Joaquín Paola", "Gutiérrez Ramírez Castillo Morales Vargas Herrera Rojas Medina Ortega Salazar"),
 "portuguese": ("Joaquim Fernanda Rui Conceição Nuno Graça", "Medeiros Pacheco Furtado Sousa Amaral Rebelo"),
 "easteur": ("Bogdan Oksana Dariusz Katarzyna Andriy Milena Radu Ioana Vlad Halyna Tomasz Jelena", "Kowalski Shevchenko Nowakowska Popescu Horvat Wiśniewski Bondarenko Dragomir Novak Zielińska Melnyk Petrović"),
 "greek": ("Giorgos Eleni Stavros Despina Kostas Vasiliki", "Papadakis Georgiou Karamanlis Economou Pappas Nikolaidis"),
 "italian": ("Salvatore Giuseppina Franco Rosaria Enzo Carmela Luigi Antonella", "Di_Stefano Ricci Lombardi Ferrante Colaiacovo Mancuso Iacono Barbieri"),
 "jewish": ("Mordechai Shira Yossi Tova Avi Miriam Eliezer Rachel", "Weinstock Goldfarb Rosenzweig Friedman Kaplan Lerner Abramovitz Halpern"),
 "en": ("Brenda Gordon Tracy Wayne Sharon Keith Heather Darren Lorraine Trevor Kimberly Glen Shannon Russell Colleen Dwayne", "Whitfield Parsons Mercer Thornton Holloway Pritchard Kendall Ashby Fenwick Godfrey Bickford Marsh Tilley Oakes Crane Hollis"),
 "scottish": ("Alasdair Morag Iain Catriona Hamish Isla", "MacAulay Fraser McInnes Sinclair Drummond MacPhee"),
 "irish": ("Cormac Siobhan Declan Aoife Padraig Niamh", "Flanagan O'Rourke Kinsella Doherty Mulcahy Brennan"),
 "welsh": ("Rhys Bethan Gareth Cerys Dafydd", "Pugh Llewellyn Vaughan Prosser Griffiths"),
 "innu": ("Réginald Marie-Anne Evelyne Jean-Charles Pénélope", "Mckenzie Vollant Grégoire Fontaine Pinette"),
 "atikamekw": ("Shanice Alexis Nancy Roméo", "Quitich Flamand Petiquay Chachai"),
 "cree": ("Billy Charlotte Matthew Elsie Abel", "Cheezo Bosum Mianscum Neeposh Shecapio"),
 "mohawk": ("Kahentiiosta Tehoniehtathe Kanerahtenhawi Ronwaien", "Deer Montour Jacobs Rice"),
 "inuit": ("Lizzie Putulik Annie Tamusi Qumaq Sarah", "Nappaaluk Angatookalook Kasudluak Qisiiq Tukalak Ittukallak"),
 "metis": ("Maurice Florence Darcy Josephine", "Desjarlais Dumont Laroque Fayant"),
 "mikmaq": ("Roseanne Clifford Mary-Jean Terrance", "Paul Googoo Sylliboy Denny"),
 "words": ("Rose Prudence Constant Aimé Désiré Blanche Honoré Fortuné", "Lebeau Boulanger Lejeune Beauchemin Bonsecours Lamour Carpentier Chevrier"),
}
WOMEN = set("""Huguette Francine Nicole Lise Karine Josée Manon Chantal Sonia Raymonde Édith Mireille Véronique Annie-Claude Jeannine Laurie-Anne
Gisèle Réjeanne Léona Marie-Reine Noëlla Ginette Danielle Monique Carole Paulette Anne-Sophie Marine Apolline Solène Clémence Ludivine Capucine Mathilde Bérénice Émeline
Gwenaëlle Nolwenn Maëlle Enora Dumenica Santa Maria-Ghjuvanna Ghjasippina Maialen Amaia Garazi Ainhoa Odile Liselotte Marlène Man-Hélène Josiane Maryse Cindy Ketty Lucette Mylène Ange
Marie-Josée Lynda Sabine Nadège Zaïnaba Moinaecha Faouzia Mirlande Guerda Jocelyne Yolette Aïssatou Fatoumata Adjoa Mariam Ngozi Awa Grâce Esther Chancelle
Hodan Meron Saba Amani Wanjiru Nadia Samira Khadija Leïla Imane Houda Lina Maya Reem Nour Shirin Parisa Niloufar Golnaz Zeynep Elif Selin Aylin Berfin Hêvî Newroz Anahit Lusine Nairi
Priya Anjali Simran Kavita Neha Manpreet Kalaivani Abirami Mathivathani Seo-yeon Haruka Xiaoling Yuki Lihua Thị_Hằng Ngọc_Bích Thu_Trang Chanthy Sreymom Bopha Maricel Rowena Joy Lorelei
Valentina Camila Luciana Ximena Paola Fernanda Conceição Graça Oksana Katarzyna Milena Ioana Halyna Jelena Eleni Despina Vasiliki Giuseppina Rosaria Carmela Antonella Shira Tova Miriam Rachel
Brenda Tracy Sharon Heather Lorraine Kimberly Shannon Colleen Morag Catriona Isla Siobhan Aoife Niamh Bethan Cerys Marie-Anne Evelyne Pénélope Shanice Nancy Charlotte Elsie
Kahentiiosta Kanerahtenhawi Lizzie Annie Sarah Qumaq Florence Josephine Roseanne Mary-Jean Rose Prudence Blanche""".split())
WOMEN = {w.replace("_"," ") for w in WOMEN}
