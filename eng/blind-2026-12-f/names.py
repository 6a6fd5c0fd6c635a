"""Name pools for gen_lists.py (blind-2026-12-f). Written fresh for this set: (given names, family names)
per community; gen_lists draws pairs within a community without replacement so a name rarely repeats."""
POOLS = {
 "qc": ("Anne-Sophie Rémi Ghislain Nancy Mario Chantale Dominic Virginie Pierre-Olivier Jocelyne Normand Mélissa Steve Isabelle Carl "
        "Francine Jean-Philippe Marie-Pier Sébastien Lucie Raymonde Éric Danielle Mathieu Annie Gilles Caroline Frédéric Nathalie Bruno "
        "Geneviève Martin Sophie Luc Valérie Marc-André Julie Yves Stéphanie Alexis Hélène Pascal Johanne Samuel Émilie Jacques Manon Kevin "
        "Audrey Simon Ginette Patrice Kathleen Denis Sandra Hugues Véronique Daniel Marjolaine Rock Nicole Léo-Paul Édith Jean-Guy Gisèle Marcel",
        "Tremblay-Fortin Gagnon Bouchard Côté Gauthier Morin Lavoie Fortier Gendron Bélanger Ouellette Pelletier-Roy Boucher Caron Cloutier "
        "Nadeau Lapointe Simard Dion Girard Rioux Vézina Gosselin Lemieux Bergeron Leblanc-Racine Jobin Turcotte Champagne Dumont Brassard "
        "Thériault Demers Poirier Lacasse Bédard Veilleux Fournier Lacroix Sirois Beaulieu Fillion Harvey St-Pierre Drouin Lamontagne Després "
        "Duchesne Chabot Plante Laflamme Racicot Bilodeau Picard Vaillancourt Rousseau-Hamel Larouche Doucet Asselin Grenier Paquette Langlois"),
 "acadian": ("Réjeanne Aurèle Yvette Omer Mélanie Ulysse Gemma Léonce Rachelle Dorilla Évangéline Fidèle",
        "LeBlanc Arsenault Gallant Cormier Doiron Robichaud Thibodeau Boudreau Poirier Landry Chiasson Savoie Haché Mallet"),
 "fr": ("Capucine Gaspard Margaux Quentin Apolline Timothée Bérénice Arnaud Ségolène Clovis Léonie Mathurin Élodie Florian Maëva Romain "
        "Joséphine Aurélien Perrine Benjamin Armelle Corentin Victoire Killian Hortense Gwenaël Soizic Paul-Henri Marie-Laure Thierry",
        "Lefèvre Bonnet Girardin de Villiers Le Goff Mercier Chevalier Marchetti Blanchard Da Costa Poulain Rivière Lemoine Fabre Tessier "
        "Carpentier Kervella Guerin-Lacombe Mallet Jourdain Lagarde Roche Barbier Colin Brunet Dupuis-Morel Antonetti Leclercq Hamon Marty"),
 "en": ("Connor Brianna Graham Tessa Wade Shelby Neil Hollis Megan Travis Courtney Duncan Paige Rhys Lindsay Garrett Jillian Owen Marcy Dwayne "
        "Abigail Kurt Rebecca Cole Penny Brent Carla Shane Wendy Mitchell",
        "Harrington Whitfield McKenna Pruitt Calloway Brennan Ashworth Lindqvist Hollister Pemberton Sutherland Carver Redmond Hale Fairbanks "
        "Underhill Brock Dempsey Ward Fletcher Sinclair Hargreaves Ellison Marsh Thornton"),
 "irish": ("Siobhan Declan Niamh Padraig Aoife Cormac Róisín Eoin Gráinne Ciarán Orla Fergus",
        "O'Sullivan Ó Briain McGuinness Quigley Gallagher Doherty O'Rourke Kavanagh Flanagan Tierney Moloney Brophy"),
 "haitian": ("Wideline Jean-Robert Fabiola Ricardo Nadège-Marie Fritznel Mirlande Jacquelin Guerline Evens Roseline Dieuseul Lovely Fedner Bettina",
        "Joseph-Aimé Saint-Fleur Bien-Aimé Louis-Jeune Delva Charles Jean-Gilles Exantus Dorvilus Mésidor Pierre-Antoine Févry Augustin Lafortune Célestin"),
 "westafr": ("Aminata Mamadou Adjoa Kwabena Chiamaka Oluwaseun Fatou Ibrahima Yaa Kofi Ngozi Moussa Awa Babacar Adaeze Sékou Mariam Chidi",
        "Ndiaye Traoré Mensah Okonkwo Adebayo Sow Keïta Boateng Eze Coulibaly Asante Diop Ouédraogo Nwosu Kaboré Sylla Owusu Camara"),
 "eastafr": ("Wanjiru Abebe Hodan Tesfaye Amani Saida Yohannes Nasra Kibet Fardowsa Getachew Zawadi",
        "Mwangi Bekele Warsame Haile Nyerere Abdi Gebremedhin Odhiambo Kimani Farah Tadesse Njoroge"),
 "maghreb": ("Yasmina Rachid Nour Mehdi Kenza Sofiane Lamia Younes Imane Nabil Dounia Walid Meriem Hocine Zineb Amine",
        "Bouzid Haddad Cherif Amrani Benmoussa Ait Ahmed Belhadj Khelifi Ziani El Ouafi Bensalem Mansouri Hamidi Boukhari Lahlou Ben Youssef"),
 "arabic": ("Rania Tarek Lina Bassel Hiba Omar Dalia Ziad Maysa Fadi Nisreen Karim",
        "Al-Masri Haddadin Khoury Nassar Saadeh Abou-Jaoude Darwish Al-Tamimi Hijazi Sabbagh Azar Mourad"),
 "punjabi": ("Gurpreet Harleen Jaspreet Manjit Simranjit Navdeep Kulwinder Amrit Baljinder Rupinder",
        "Dhillon Grewal Sidhu Gill Brar Sandhu-Kaur Bains Toor Cheema Randhawa"),
 "tamil": ("Tharshini Suthan Kavitha Nirmalan Vithya Prabhu Yalini Senthil Abirami Karthik",
        "Sivakumar Rajaratnam Thuraisingam Kandiah Balasubramaniam Arulanantham Yogarajah Selvanathan Nadarajah Pathmanathan"),
 "bengali": ("Farhana Rafiq Nusrat Tanvir Shirin Arif Sumaiya Habib Rokeya Jahid",
        "Chowdhury Rahman Hossain Talukdar Siddiqui Bhuiyan Majumder Akter Islam Sarkar"),
 "eastasian": ("Wei Xiaoling Haruto Yuki Min-jun Seo-yeon Jiahui Kenji Hyun-woo Mei-Ling Takeshi Yuna Zhiwei Eun-ji",
        "Zhang Liu Watanabe Nakamura Kim Lee Chen Yamamoto Choi Huang Sato Jeong Wu Ito"),
 "viet": ("Thanh Hương Minh Lan Tuấn Ngọc Bảo Thu Khánh Phương Hải Linh",
        "Nguyễn Trần Lê Phạm Hoàng Võ Đặng Bùi Đỗ Huỳnh Vũ Dương"),
 "filipino": ("Maricel Jomar Rowena Arnel Liezl Ronaldo Jhoanna Marvin Analyn Rodel Cherry Bong",
        "Dela Cruz Santos Reyes Bautista Villanueva Mercado Manalo Aquino Garcia-Lim Pascual Ramos Tolentino"),
 "latam": ("Ximena Joaquín Daniela Mateo Camila Andrés Luz Marina Esteban Guadalupe Rodrigo Paola Fernando Yolanda",
        "Gutiérrez Ramírez Quintero Zapata Herrera Salazar Villalobos Cárdenas Ortega Montoya Benítez Chávez Paredes Muñoz-Rivas"),
 "easteur": ("Katarzyna Piotr Ivana Dragan Olena Mykola Zuzana Tomasz Irina Sergiu Milena Andriy Agnieszka Vlad",
        "Nowak Horvat Petrović Shevchenko Kovalenko Kaczmarek Popa Ionescu Lungu Bondarenko Babić Kovač Tkachenko Marin"),
 "innu": ("Marie-Jeanne Réal Évelyne Shanipiap Uapikun Mishen Kanani Jean-Charles",
        "Vollant McKenzie Fontaine Bellefleur Jourdain-Picard Ashini Rock-Michel Pinette"),
 "cree": ("Kenneth Annie-Rose Dwight Bella Matthew-John Sarah-Lee Clarence Juliette",
        "Wapachee Blacksmith Coonishish Mianscum Shecapio Neeposh Bosum Happyjack"),
 "atikamekw": ("Sipi Nicole-Ann Wapan Tomas Nakoset Marcelline", "Petiquay Flamand Chilton Awashish-Ottawa Dubé-Moar Quitich"),
 "inuit": ("Akinisie Tomasi Lizzie Jaaji Putulik Siasi Qumaq Elisapie", "Qinuajuak Tukalak Kasudluak Nappaaluk-Ikey Angutigirk Ningiuruvik Tulugak Uqaituk"),
 "mikmaq": ("Mi'sel Annie-Kate Tuma Jenna-Lee Noel", "Gedeon Metallic Jerome Francis-Paul Isaac"),
 "mohawk": ("Kahsennenhawe Tekaronhiake Kanerahtiio Karonhiio Wahiakeron", "Horn-Miller Stacey Diabo Jacobs Montour"),
}
NICK = ["Ti-Marc","Bibi","Coco","Jojo","Pépé","Titi","Fanfan","Mimi","Dédé","Lulu","Bob","Katie","Jimmy","Nat","Sam","Max"]
WORDY = [("Rose","Marchand"),("Ange","Boulanger"),("Dawn","Baker"),("Hope","Mills"),("Constance","Lebrun"),("Olive","Hunter"),("Sunny","Parks"),
         ("Lune","Voyer"),("Victor","Lachance"),("Pierre","Roy"),("Blanche","Neveu"),("Wade","Rivers"),("Marguerite","Fleury"),("Avril","Lafleur")]
