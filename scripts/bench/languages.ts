/**
 * Word lists and sentence templates for the benchmark's synthetic stories, one
 * grammar per language (en, fr, es, ka). Slots in templates:
 *   {S} subject (3rd person singular)   {V} transitive verb, {O} its object
 *   {P} place phrase   {T} time phrase   {C} a complete clause (theme-biased)
 *   {N} a first name   {R} a rare place name (long-tail vocabulary, Zipf-drawn)
 *   {R:suffix} the rare name's stem plus a case ending (Georgian; other
 *   languages ignore the suffix)
 * Subjects and verbs are chosen so any combination agrees grammatically.
 * Rare names give the vocabulary the long tail real text has, so the search
 * index grows with N roughly as it would with real stories.
 */

const en = {
  code: 'en',
  subjects: ['my grandmother', 'my mother', 'my father', 'my older sister', 'my little brother', 'our neighbour', 'the village nurse', 'my best friend', 'my aunt', 'my uncle', 'the old fisherman', 'my cousin', 'the youth worker', 'the doctor at the clinic', 'my teacher', 'the farmer next door', 'our landlady', 'the bus driver', 'my grandfather', 'the midwife'],
  verbs: ['cooks', 'remembers', 'carries', 'writes', 'sings', 'plants', 'sells', 'mends', 'shares', 'keeps', 'collects', 'explains', 'sends', 'photographs', 'describes', 'repairs', 'waters', 'protects', 'counts', 'teaches me'],
  objects: ['a pot of black beans', 'the old recipes', 'long letters home', 'songs from the coast', 'mango trees', 'bread at dawn', 'the family photographs', 'a basket of herbs', 'the bills for the clinic', 'stories about the war', 'seeds from the last harvest', 'the school uniforms', 'messages in two languages', 'a map of the river', 'medicine for the cough', 'the rain gauge readings', 'coffee for the whole street', 'a notebook of proverbs', 'the broken nets', 'money for the bus fare'],
  places: ['in the kitchen', 'at the market', 'by the river', 'at the clinic', 'in the mountains', 'on the beach', 'at the bus station', 'in a small flat in Montreal', 'in the garden', 'in Madrid', 'in Lyon', 'in Auckland', 'near the church', 'at the community centre', 'in the waiting room', 'on the night shift', 'in the vegetable plot', 'in Tbilisi', 'in Port Louis', 'in Suva'],
  times: ['Every morning', 'On Sundays', 'In winter', 'During the dry season', 'After the storm', 'Years ago', 'Last summer', 'At night', 'Before school', 'Each evening', 'When the rains came late', 'Since we moved'],
  clauses: {
    health: ['nobody talked about anxiety', 'the nearest hospital was two hours away', 'medicine cost more than food', 'my mother hid her own tiredness', 'the clinic closed on weekends', 'mental health was a word we did not use', 'a good meal was the best remedy we knew', 'the waiting list grew every month', 'our grandmother trusted plants more than pills', 'asking for help felt like failing', 'the interpreter made the difference', 'sleep came back slowly'],
    gender: ['girls were expected to stay home', 'my sister played rugby anyway', 'the boys never washed a plate', 'women ran the market and the money', 'my father learned to braid hair', 'nobody asked what the daughters wanted', 'the team was half women and half men', 'my aunt refused to marry', 'equal pay was still a dream', 'the girls ran the youth council', 'my brother cried and nobody laughed', 'the rules changed one family at a time'],
    climate: ['the glacier was smaller every year', 'the sea took the old road', 'the coffee plants caught the rust', 'the rains no longer came in April', 'the lagoon filled with plastic', 'the river dried up in August', 'the cyclone flattened the sugar cane', 'the harvest failed twice in a row', 'the coral turned white', 'the heat kept us awake all night', 'the fishermen went further out each year', 'the snow line moved up the mountain'],
    general: ['home was a place and a feeling', 'we spoke two languages at dinner', 'the phone calls were never long enough', 'I missed the smell of rain', 'our family grew across three countries', 'the distance made us closer', 'I learned to cook by calling home', 'the streets had different names but the same noise', 'I carried my accent like a passport', 'everyone had an opinion about my future'],
  },
  templates: ['{T}, {S} {V} {O} {P}.', '{S} {V} {O} {P}.', 'I remember that {C}.', '{T}, {C}.', 'In the village of {R}, {C}.', 'My friend {N} says that {C}.', '{S} still {V} {O}, even though {C}.', 'When I was small, {C}, and {C}.', 'Nobody warned us that {C}.', '{T}, I think about {R} and how {C}.', 'It is strange: {C}, but {C}.', 'Back then {C}; now {S} {V} {O}.', '{N} told me that {C}.', '"{C}," {S} says, and laughs.'],
  headings: ['Leaving', 'The first winter', 'What we carried', 'Calling home', 'The river', 'Learning again', 'What changed', 'Coming back', 'Small victories', 'Why I write this'],
  names: ['Ana', 'Luis', 'Mele', 'Ravi', 'Nino', 'Giorgi', 'Priya', 'Carlos', 'Salote', 'Yusuf', 'Maya', 'Tomasi', 'Lucía', 'Dev', 'Elene', 'Jean-Marc'],
  titleTemplates: ['What {R} taught me', 'Letters from {R}', 'The summer {C}', '{N} and the road to {R}', 'Where {C}', 'Notes from {R}', 'Why {C}', 'Far from {R}'],
  summaryTemplates: ['A story about how {C}, told from far away.', '{T}, {C}. This is what I learned.', 'How {S} {V} {O}, and why it matters to me.'],
  altTemplates: ['Abstract illustration in warm colours for a story set in {R}', 'Shapes and colours evoking {R}'],
  syllables: ['ka', 'lo', 'ma', 'ri', 'ven', 'tor', 'sa', 'bel', 'mon', 'du', 'ne', 'ray', 'fi', 'gal', 'ton', 'ley', 'wick', 'bur', 'ash', 'den'],
  suffixes: ['ford', 'ton', 'by', 'field', 'wood', 'ham', 'side', 'mere'],
};

const fr = {
  code: 'fr',
  subjects: ['ma grand-mère', 'ma mère', 'mon père', 'ma grande sœur', 'mon petit frère', 'notre voisine', "l'infirmière du village", 'mon meilleur ami', 'ma tante', 'mon oncle', 'le vieux pêcheur', 'ma cousine', "l'éducatrice du quartier", 'le médecin du dispensaire', 'mon professeur', 'le paysan d’à côté', 'notre propriétaire', 'le chauffeur du bus', 'mon grand-père', 'la sage-femme'],
  verbs: ['prépare', 'se rappelle', 'porte', 'écrit', 'chante', 'plante', 'vend', 'répare', 'partage', 'garde', 'ramasse', 'explique', 'envoie', 'photographie', 'décrit', 'raccommode', 'arrose', 'protège', 'compte', 'm’apprend'],
  objects: ['une marmite de haricots', 'les vieilles recettes', 'de longues lettres au pays', 'des chansons de la côte', 'des manguiers', 'le pain à l’aube', 'les photos de famille', 'un panier d’herbes', 'les factures du dispensaire', 'des histoires de la guerre', 'les graines de la dernière récolte', 'les uniformes d’école', 'des messages en deux langues', 'une carte de la rivière', 'du sirop contre la toux', 'les relevés du pluviomètre', 'du café pour toute la rue', 'un carnet de proverbes', 'les filets déchirés', 'l’argent du bus'],
  places: ['dans la cuisine', 'au marché', 'au bord de la rivière', 'au dispensaire', 'dans les montagnes', 'sur la plage', 'à la gare routière', 'dans un petit appartement à Montréal', 'dans le jardin', 'à Marseille', 'à Lyon', 'à Bruxelles', 'près de l’église', 'au centre communautaire', 'dans la salle d’attente', 'pendant la garde de nuit', 'dans le potager', 'à Port-Louis', 'à Curepipe', 'à Genève'],
  times: ['Chaque matin', 'Le dimanche', 'En hiver', 'Pendant la saison sèche', 'Après le cyclone', 'Il y a des années', 'L’été dernier', 'La nuit', 'Avant l’école', 'Chaque soir', 'Quand la pluie tardait', 'Depuis notre départ'],
  clauses: {
    health: ['personne ne parlait d’anxiété', 'l’hôpital le plus proche était à deux heures', 'les médicaments coûtaient plus cher que la nourriture', 'ma mère cachait sa fatigue', 'le dispensaire fermait le week-end', 'la santé mentale était un mot tabou', 'un bon repas était notre meilleur remède', 'la liste d’attente s’allongeait chaque mois', 'notre grand-mère préférait les plantes aux cachets', 'demander de l’aide ressemblait à un échec', 'l’interprète a tout changé', 'le sommeil est revenu lentement'],
    gender: ['les filles devaient rester à la maison', 'ma sœur jouait au rugby malgré tout', 'les garçons ne lavaient jamais la vaisselle', 'les femmes tenaient le marché et l’argent', 'mon père a appris à tresser les cheveux', 'personne ne demandait l’avis des filles', 'l’équipe comptait autant de femmes que d’hommes', 'ma tante a refusé de se marier', 'l’égalité salariale restait un rêve', 'les filles dirigeaient le conseil des jeunes', 'mon frère a pleuré et personne n’a ri', 'les règles changeaient une famille à la fois'],
    climate: ['le glacier reculait chaque année', 'la mer a emporté la vieille route', 'les caféiers ont attrapé la rouille', 'les pluies ne venaient plus en avril', 'le lagon se remplissait de plastique', 'la rivière était à sec en août', 'le cyclone a couché la canne à sucre', 'la récolte a échoué deux fois de suite', 'le corail a blanchi', 'la chaleur nous empêchait de dormir', 'les pêcheurs allaient toujours plus loin', 'la neige remontait la montagne'],
    general: ['la maison était un lieu et un sentiment', 'on parlait deux langues à table', 'les appels n’étaient jamais assez longs', 'l’odeur de la pluie me manquait', 'notre famille vivait dans trois pays', 'la distance nous a rapprochés', 'j’ai appris à cuisiner au téléphone', 'les rues avaient d’autres noms mais le même bruit', 'je portais mon accent comme un passeport', 'chacun avait un avis sur mon avenir'],
  },
  templates: ['{T}, {S} {V} {O} {P}.', '{S} {V} {O} {P}.', 'Je me souviens que {C}.', '{T}, {C}.', 'Au village de {R}, {C}.', 'Mon amie {N} dit que {C}.', '{S} {V} encore {O}, même si {C}.', 'Quand j’étais petite, {C}, et {C}.', 'Personne ne nous avait prévenus que {C}.', '{T}, je pense à {R} et au fait que {C}.', 'C’est étrange : {C}, mais {C}.', 'À l’époque, {C} ; aujourd’hui, {S} {V} {O}.', '{N} m’a raconté que {C}.', '« {C} », dit {S} en riant.'],
  headings: ['Partir', 'Le premier hiver', 'Ce que nous avons emporté', 'Appeler la maison', 'La rivière', 'Réapprendre', 'Ce qui a changé', 'Revenir', 'Petites victoires', 'Pourquoi j’écris'],
  names: ['Anaïs', 'Jean-Marc', 'Priya', 'Kévin', 'Noémie', 'Ravi', 'Élodie', 'Yannick', 'Aurélie', 'Dev', 'Mélissa', 'Cédric', 'Soraya', 'Léa', 'Hervé', 'Zoé'],
  titleTemplates: ['Ce que {R} m’a appris', 'Lettres de {R}', 'L’été où {C}', '{N} et la route de {R}', 'Là où {C}', 'Carnet de {R}', 'Pourquoi {C}', 'Loin de {R}'],
  summaryTemplates: ['Un récit sur le fait que {C}, raconté de loin.', '{T}, {C}. Voici ce que j’en ai appris.', 'Comment {S} {V} {O}, et pourquoi cela compte pour moi.'],
  altTemplates: ['Illustration abstraite aux couleurs chaudes pour un récit situé à {R}', 'Formes et couleurs qui évoquent {R}'],
  syllables: ['be', 'lu', 'mar', 'ron', 'vil', 'sau', 'che', 'mon', 'ta', 'gne', 'ri', 'beau', 'fon', 'lé', 'cour', 'pi', 'nan', 'ges', 'clo', 'ver'],
  suffixes: ['ville', 'court', 'mont', 'lac', 'val', 'bourg', 'ières', 'ac'],
};

const es = {
  code: 'es',
  subjects: ['mi abuela', 'mi madre', 'mi padre', 'mi hermana mayor', 'mi hermanito', 'nuestra vecina', 'la enfermera del pueblo', 'mi mejor amigo', 'mi tía', 'mi tío', 'el viejo pescador', 'mi prima', 'la promotora de salud', 'el médico de la posta', 'mi maestra', 'el campesino de al lado', 'la dueña del cuarto', 'el chofer de la combi', 'mi abuelo', 'la partera'],
  verbs: ['cocina', 'recuerda', 'carga', 'escribe', 'canta', 'siembra', 'vende', 'arregla', 'comparte', 'guarda', 'recoge', 'explica', 'manda', 'fotografía', 'describe', 'remienda', 'riega', 'protege', 'cuenta', 'me enseña'],
  objects: ['una olla de frijoles', 'las recetas antiguas', 'cartas largas a casa', 'canciones de la costa', 'árboles de mango', 'pan al amanecer', 'las fotos de la familia', 'una canasta de hierbas', 'las cuentas de la clínica', 'historias de la guerra', 'semillas de la última cosecha', 'los uniformes del colegio', 'mensajes en dos idiomas', 'un mapa del río', 'jarabe para la tos', 'los datos del pluviómetro', 'café para toda la calle', 'un cuaderno de refranes', 'las redes rotas', 'la plata del pasaje'],
  places: ['en la cocina', 'en el mercado', 'a orillas del río', 'en la posta médica', 'en la sierra', 'en la playa', 'en el terminal', 'en un pisito de Madrid', 'en la huerta', 'en Barcelona', 'en Los Ángeles', 'en Santiago', 'cerca de la iglesia', 'en el centro comunitario', 'en la sala de espera', 'en el turno de noche', 'en la chacra', 'en San Salvador', 'en Cusco', 'en Lima'],
  times: ['Cada mañana', 'Los domingos', 'En invierno', 'Durante la temporada seca', 'Después de la tormenta', 'Hace años', 'El verano pasado', 'De noche', 'Antes del colegio', 'Cada tarde', 'Cuando las lluvias tardaban', 'Desde que nos mudamos'],
  clauses: {
    health: ['nadie hablaba de la ansiedad', 'el hospital más cercano quedaba a dos horas', 'las medicinas costaban más que la comida', 'mi madre escondía su cansancio', 'la posta cerraba los fines de semana', 'la salud mental era una palabra prohibida', 'una buena sopa era el mejor remedio', 'la lista de espera crecía cada mes', 'mi abuela confiaba más en las plantas que en las pastillas', 'pedir ayuda parecía un fracaso', 'la intérprete lo cambió todo', 'el sueño volvió poco a poco'],
    gender: ['las chicas debían quedarse en casa', 'mi hermana jugaba al fútbol igual', 'los chicos nunca lavaban un plato', 'las mujeres llevaban el mercado y el dinero', 'mi padre aprendió a hacer trenzas', 'nadie preguntaba qué querían las hijas', 'el equipo era mitad mujeres y mitad hombres', 'mi tía se negó a casarse', 'la igualdad salarial seguía siendo un sueño', 'las chicas dirigían el consejo juvenil', 'mi hermano lloró y nadie se rió', 'las reglas cambiaban una familia a la vez'],
    climate: ['el glaciar era más pequeño cada año', 'el mar se llevó el camino viejo', 'la roya atacó los cafetales', 'las lluvias ya no llegaban en abril', 'la laguna se llenó de plástico', 'el río se secaba en agosto', 'el huracán tumbó la caña', 'la cosecha se perdió dos veces seguidas', 'el coral se puso blanco', 'el calor no nos dejaba dormir', 'los pescadores salían cada vez más lejos', 'la nieve subía por la montaña'],
    general: ['la casa era un lugar y un sentimiento', 'en la mesa hablábamos dos idiomas', 'las llamadas nunca duraban lo suficiente', 'extrañaba el olor de la lluvia', 'nuestra familia vivía en tres países', 'la distancia nos acercó', 'aprendí a cocinar por teléfono', 'las calles tenían otros nombres pero el mismo ruido', 'llevaba mi acento como un pasaporte', 'todos opinaban sobre mi futuro'],
  },
  templates: ['{T}, {S} {V} {O} {P}.', '{S} {V} {O} {P}.', 'Recuerdo que {C}.', '{T}, {C}.', 'En el pueblo de {R}, {C}.', 'Mi amiga {N} dice que {C}.', '{S} todavía {V} {O}, aunque {C}.', 'Cuando era niña, {C}, y {C}.', 'Nadie nos avisó de que {C}.', '{T}, pienso en {R} y en que {C}.', 'Es raro: {C}, pero {C}.', 'Entonces {C}; ahora {S} {V} {O}.', '{N} me contó que {C}.', '«{C}», dice {S}, y se ríe.'],
  headings: ['La partida', 'El primer invierno', 'Lo que llevamos', 'Llamar a casa', 'El río', 'Aprender de nuevo', 'Lo que cambió', 'El regreso', 'Pequeñas victorias', 'Por qué escribo esto'],
  names: ['Lucía', 'José', 'Marisol', 'Wilfredo', 'Rosa', 'Quispe', 'Ana', 'Carlos', 'Yesenia', 'Diego', 'Milagros', 'Óscar', 'Sofía', 'Ángel', 'Beatriz', 'Nayeli'],
  titleTemplates: ['Lo que {R} me enseñó', 'Cartas desde {R}', 'El verano en que {C}', '{N} y el camino a {R}', 'Donde {C}', 'Apuntes de {R}', 'Por qué {C}', 'Lejos de {R}'],
  summaryTemplates: ['Una historia sobre cómo {C}, contada desde lejos.', '{T}, {C}. Esto es lo que aprendí.', 'Cómo {S} {V} {O}, y por qué me importa.'],
  altTemplates: ['Ilustración abstracta en colores cálidos para una historia situada en {R}', 'Formas y colores que evocan {R}'],
  syllables: ['ca', 'ra', 'pa', 'ta', 'chi', 'hua', 'mar', 'san', 'lo', 'que', 'ya', 'ñu', 'mi', 'sol', 'ce', 'tu', 'lla', 'ro', 'pi', 'co'],
  suffixes: ['pampa', 'bamba', 'marca', 'cito', 'llo', 'tepec', 'rio', 'ena'],
};

/*
 * Georgian: present-series verbs take a nominative subject and a dative
 * object, so every subject (nominative) + verb (3sg present) + object
 * (dative) combination agrees. Place names take the locative -ში.
 */
const ka = {
  code: 'ka',
  subjects: ['ჩემი ბებია', 'დედაჩემი', 'მამაჩემი', 'ჩემი უფროსი და', 'ჩემი პატარა ძმა', 'ჩვენი მეზობელი', 'სოფლის ექთანი', 'ჩემი საუკეთესო მეგობარი', 'ჩემი დეიდა', 'ჩემი ბიძა', 'მოხუცი მეთევზე', 'ჩემი ბიძაშვილი', 'ახალგაზრდული მუშაკი', 'ამბულატორიის ექიმი', 'ჩემი მასწავლებელი', 'მეზობელი გლეხი', 'ბინის პატრონი', 'ავტობუსის მძღოლი', 'ბაბუაჩემი', 'ბებიაქალი'],
  verbs: ['ამზადებს', 'იხსენებს', 'ატარებს', 'წერს', 'მღერის', 'რგავს', 'ყიდის', 'აკეთებს', 'უზიარებს ყველას', 'ინახავს', 'აგროვებს', 'ხსნის', 'აგზავნის', 'იღებს ფოტოზე', 'აღწერს', 'აკერებს', 'რწყავს', 'იცავს', 'ითვლის', 'მასწავლის'],
  objects: ['ლობიოს ქვაბს', 'ძველ რეცეპტებს', 'გრძელ წერილებს სახლში', 'ზღვისპირა სიმღერებს', 'ატმის ხეებს', 'პურს გათენებისას', 'ოჯახის ფოტოებს', 'მწვანილის კალათას', 'კლინიკის ანგარიშებს', 'ომის ამბებს', 'ბოლო მოსავლის თესლს', 'სასკოლო ფორმებს', 'ორენოვან შეტყობინებებს', 'მდინარის რუკას', 'ხველების წამალს', 'ნალექების ჩანაწერებს', 'ყავას მთელი ქუჩისთვის', 'ანდაზების რვეულს', 'დახეულ ბადეებს', 'ავტობუსის ფულს'],
  places: ['სამზარეულოში', 'ბაზარში', 'მდინარის პირას', 'ამბულატორიაში', 'მთებში', 'ზღვის სანაპიროზე', 'ავტოსადგურზე', 'პატარა ბინაში ათენში', 'ბაღში', 'თბილისში', 'ქუთაისში', 'ბათუმში', 'ეკლესიასთან', 'სათემო ცენტრში', 'მოსაცდელ ოთახში', 'ღამის ცვლაში', 'ბოსტანში', 'მესტიაში', 'ვარშავაში', 'ბერლინში'],
  times: ['ყოველ დილით', 'კვირაობით', 'ზამთარში', 'მშრალ სეზონზე', 'ქარიშხლის შემდეგ', 'ახლაც', 'ზაფხულობით', 'ღამით', 'სკოლამდე', 'ყოველ საღამოს', 'როცა წვიმა აგვიანებს,', 'დღეს'],
  clauses: {
    health: ['შფოთვაზე არავინ ლაპარაკობს', 'უახლოესი საავადმყოფო ორი საათის სავალზეა', 'წამლები საჭმელზე ძვირია', 'დედა თავის დაღლილობას მალავს', 'ამბულატორია შაბათ-კვირას დაკეტილია', 'ფსიქიკური ჯანმრთელობა აკრძალული სიტყვაა', 'კარგი სადილი საუკეთესო წამალია', 'რიგი ყოველ თვე იზრდება', 'ბებიას ბალახების უფრო სჯერა, ვიდრე აბების', 'დახმარების თხოვნა მარცხად გვეჩვენება', 'თარჯიმანი ყველაფერს ცვლის', 'ძილი ნელ-ნელა ბრუნდება'],
    gender: ['გოგონები სახლში უნდა დარჩნენ', 'ჩემი და მაინც რაგბს თამაშობს', 'ბიჭები ჭურჭელს არასდროს რეცხავენ', 'ქალები ბაზარსაც და ფულსაც მართავენ', 'მამა თმის დაწვნას სწავლობს', 'ქალიშვილების აზრს არავინ კითხულობს', 'გუნდში ქალები და კაცები თანაბრად არიან', 'დეიდა გათხოვებაზე უარს ამბობს', 'თანაბარი ანაზღაურება ჯერ კიდევ ოცნებაა', 'ახალგაზრდულ საბჭოს გოგონები ხელმძღვანელობენ', 'ძმა ტირის და არავინ იცინის', 'წესები ოჯახიდან ოჯახამდე იცვლება'],
    climate: ['მყინვარი ყოველ წელს პატარავდება', 'ზღვა ძველ გზას ნთქავს', 'ყავის ბუჩქებს ჟანგა სჭირს', 'აპრილში წვიმა აღარ მოდის', 'ლაგუნა პლასტმასით ივსება', 'მდინარე აგვისტოში შრება', 'ქარიშხალი ლერწამს აწვენს', 'მოსავალი ზედიზედ ორჯერ იღუპება', 'მარჯანი თეთრდება', 'სიცხე ღამით ძილს გვიშლის', 'მეთევზეები სულ უფრო შორს გადიან', 'თოვლის ზოლი მთაზე მაღლა იწევს'],
    general: ['სახლი ადგილიცაა და გრძნობაც', 'სუფრასთან ორ ენაზე ვლაპარაკობთ', 'ზარები არასდროს არის საკმარისად გრძელი', 'წვიმის სუნი მენატრება', 'ჩვენი ოჯახი სამ ქვეყანაში ცხოვრობს', 'მანძილი გვაახლოებს', 'საჭმლის მომზადებას ტელეფონით ვსწავლობ', 'ქუჩებს სხვა სახელები აქვს, მაგრამ იგივე ხმაური', 'ჩემს აქცენტს პასპორტივით დავატარებ', 'ყველას აქვს აზრი ჩემს მომავალზე'],
  },
  templates: ['{T} {S} {V} {O} {P}.', '{S} {V} {O} {P}.', 'მახსოვს, რომ {C}.', '{T} {C}.', 'სოფელ {R:ში} {C}.', 'ჩემი მეგობარი {N} ამბობს, რომ {C}.', '{S} ისევ {V} {O}, თუმცა {C}.', 'ბავშვობაში {C} და {C}.', 'არავინ გვაფრთხილებს, რომ {C}.', '{T} ვფიქრობ {R:ზე} და იმაზე, რომ {C}.', 'უცნაურია: {C}, მაგრამ {C}.', 'მაშინ {C}; ახლა {S} {V} {O}.', '{N} მიყვება, რომ {C}.', '„{C}“, ამბობს {S} და იცინის.'],
  headings: ['წასვლა', 'პირველი ზამთარი', 'რაც თან წავიღეთ', 'სახლში დარეკვა', 'მდინარე', 'თავიდან სწავლა', 'რა შეიცვალა', 'დაბრუნება', 'პატარა გამარჯვებები', 'რატომ ვწერ'],
  names: ['ნინო', 'გიორგი', 'ელენე', 'ლევანი', 'თამარი', 'დავითი', 'მარიამი', 'ლუკა', 'ანა', 'ნიკა', 'სალომე', 'ირაკლი', 'ქეთევანი', 'საბა', 'მაკა', 'ზურა'],
  titleTemplates: ['რა მასწავლა {R:მა}', 'წერილები {R:იდან}', 'ზაფხული, როცა {C}', '{N} და გზა {R:ისკენ}', 'იქ, სადაც {C}', 'ჩანაწერები {R:იდან}', 'რატომ {C}', 'შორს {R:იდან}'],
  summaryTemplates: ['ამბავი იმაზე, რომ {C}, შორიდან მოყოლილი.', '{T} {C}. ეს არის ის, რაც ვისწავლე.', 'როგორ {V} {S} {O} და რატომ არის ეს ჩემთვის მნიშვნელოვანი.'],
  altTemplates: ['აბსტრაქტული ილუსტრაცია თბილ ფერებში ამბისთვის {R:იდან}', 'ფორმები და ფერები, რომლებიც {R:ს} მოგვაგონებს'],
  syllables: ['ბა', 'ნი', 'გო', 'რე', 'თა', 'ლი', 'მა', 'ხე', 'ქვა', 'წყა', 'შა', 'ძი', 'ჭი', 'ყა', 'ცა', 'ზე', 'ვა', 'კო', 'სუ', 'ფი'],
  // Georgian place names end in -ი (nominative); -ში replaces it in the locative.
  suffixes: ['ეთი', 'ური', 'ანი', 'ისი', 'ოვანი', 'ათი', 'ელი', 'ოდი'],
};

/** One language's grammar for the generator (see the slots above). */
export interface Language {
  code: string;
  subjects: string[];
  verbs: string[];
  objects: string[];
  places: string[];
  times: string[];
  clauses: Record<'health' | 'gender' | 'climate' | 'general', string[]>;
  templates: string[];
  headings: string[];
  names: string[];
  titleTemplates: string[];
  summaryTemplates: string[];
  altTemplates: string[];
  syllables: string[];
  suffixes: string[];
}

export const LANGUAGES: Record<string, Language> = { en, fr, es, ka };
