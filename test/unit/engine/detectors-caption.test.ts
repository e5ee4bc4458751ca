/**
 * caption/credit and caption/pictured: photo credits and captions, textlint-tester style. Every case sits
 * inside a small article in its own language.
 */
import assert from 'node:assert/strict';
import { PROSE, article, assertWholeLine, label, lineFinding, run, type Lang } from './helpers';

const PROSE_FR = PROSE.fr.join('\n\n');

interface Case {
  /** One line, or adjacent lines ('' = blank line). */
  readonly block: string | readonly string[];
  readonly lang?: Lang;
  /** Block lines to check, with the category each must have; default: every non-blank line, `credit`. */
  readonly expect?: Readonly<Record<number, 'credit' | 'video-title' | 'media-title' | 'pictured'>>;
}

const VALID: readonly Case[] = [
  // A stretch of road in brackets in a list of streets is no source: `(from … to …)`.
  { block: ['The advisory applied to the following streets in East Harlan:', 'Orchard Street', 'Quarry Road (from Route 9 to the Millbrook Falls town line)', 'Linden Avenue Extension'] },
  // A list of people and their clubs in brackets is no photographer's credit.
  { block: '- **Kiper:** Andika Saputra (Persikota Lembah), Yafet Mandowen (Persiwa Wanasari), Teguh Santoso (PS Tirta Kencana)', lang: 'id' },
  // `＝` in a sum is no caption's tail.
  { block: '計算式はx＝3で、答えは9になる。' },
  // `Site / Name` under a heading or after a blank line reads like a breadcrumb: no caption, no credit.
  { block: ['Regional / Jawa Timur'] },
  // A wire's regional service in brackets opens the story; it is no photo credit.
  { block: 'Stuttgart (dpa/lsw) - Ein Streik der Lokführer hat am Donnerstag den Regionalverkehr im Südwesten weitgehend lahmgelegt.', lang: 'de' },
  // A sentence that ends on a photographer's work is no credit.
  { block: 'She spent the summer in the archive. Photo by photo, she rebuilt the album her grandmother had lost.' },
  // `Photo` opening a sentence of prose, and a one-word `Photo Gallery`, are no credits.
  { block: 'The exhibition opens on Friday. Photo Gallery' },
  { block: 'Photo booths were set up in the square for the festival.' },
  // Prose referring to a figure goes on in lower case.
  { block: 'Figure 6 shows the state of the review repository at this point.' },
  { block: 'Reuters reported that the council had approved the budget after a long debate on Tuesday.' },
  // A heading in capitals that asks for the paper, and prose naming a graphic, are no credits.
  { block: 'Le maire a présenté la carte des travaux. GRAPHIQUE ou pas, les habitants attendent.', lang: 'fr' },
  { block: 'VOTEZ POUR « LE QUOTIDIEN » ET SES JOURNALISTES : une campagne lancée par la rédaction.', lang: 'fr' },
  { block: 'Source: the ministry said the plan would be announced next week, after talks with the unions.' },
  { block: 'The photo was taken by a resident who did not want to be named, the council said.' },
  { block: 'The picture: a city in debt, a council divided and residents who are losing patience.' },
  { block: 'The mayor and the police chief Jane Doe (Reuters) met the residents on Monday.' },
  // A timestamp above a line is a transcript's, not a video badge: the speech stays.
  { block: ['0:46', '', 'So what we did next was call the council and ask them about the budget again'] },
  // A bracketed name after a full sentence is an aside unless the same name credits other lines too.
  { block: 'The motion passed by one vote. (Maria Lopez)' },
  // The story's author and source, a byline's line.
  { block: 'Autor: Tomáš Berka | Zdroj: Český rozhlas' },
  { block: 'Sumber: kementerian mengatakan rencana itu akan diumumkan pekan depan setelah rapat dengan serikat pekerja.', lang: 'id' },
  { block: 'Reuters a rapporté que le conseil a approuvé le budget mardi soir après un long débat.', lang: 'fr' },
  { block: 'Fuente: el ministerio dijo que el plan se anunciará la próxima semana tras reunirse con los sindicatos.', lang: 'es' },
  { block: 'Laut Reuters hat der Gemeinderat den Haushalt am Dienstagabend nach einer langen Debatte beschlossen.', lang: 'de' },
  // An abbreviation spelled out in brackets is not a photographer; a source with no name is not a credit.
  { block: '17) BPM (Beats Per Minute)' },
  { block: 'Seedlings and compost (from a garden centre)' },
  // A label's words in a sentence; an archive named in brackets; a slash in a sentence after a dash.
  { block: 'The image caption, the editor said, had named the wrong bridge.' },
  { block: 'The letters are kept in the city archive (Archivo General de la Nación).', lang: 'es' },
  { block: 'The vote was close - the council split along party lines, and/or the mayor abstained.' },
  // A name after `Foto` that is no agency is not a credit.
  { block: 'The council kept the old sign on the wall of the station. Photo Booth' },
  // A news brief that ends with its agency is not a caption.
  { block: 'The storm cut power to thousands of homes on Sunday. Three people died. Schools will stay closed until Wednesday. (AP)' },
  // Prose that mentions a photo, or opens with "in this" and a lower-case word, is not a caption.
  { block: 'In this case, the photo was taken by a resident who did not want to be named.' },
  { block: 'In this image-heavy age, the council still prints its budget on paper and posts it to every household.' },
  { block: 'Dalam foto yang beredar di media sosial, warga terlihat memadati jalan utama kota.', lang: 'id' },
  { block: 'Foto yang diambil pada 2019 itu kembali viral di media sosial pekan ini.', lang: 'id' },
  { block: 'Von links kommt Kritik an dem Plan des Bürgermeisters, die Mieten weiter steigen zu lassen.', lang: 'de' },
  // A long paragraph that opens by pointing at a photo is the article describing it.
  { block: 'In this photo, taken in 1962, my grandmother stands outside the town hall. She had just been elected. Nobody in the family had held office before. She served for twenty years. The photo still hangs in our kitchen.' },
];

const INVALID: readonly Case[] = [
  // A caption glued to its picture's pin button; a screenshot's caption by its opener.
  { block: 'Share on PinterestKeeping a headache diary for 2 to 3 months can show which triggers matter.', expect: { 0: 'pictured' } },
  { block: 'Capture d’écran du cadenas dans la barre d’adresse du navigateur.', lang: 'fr', expect: { 0: 'pictured' } },
  // French regional papers credit with the bare word: after the caption's last sentence, or alone under it.
  { block: 'Les joueurs à l’entraînement mardi soir, quelques heures après la décision du tribunal. Photo Julien Castagné', lang: 'fr' },
  { block: ['Nadia Belkacem et Gérard Auzelle, mardi, à la sortie du tribunal judiciaire.', 'Photo Le Courrier de l’Aurance / Julien Castagné'], lang: 'fr' },
  // A caption that ends on what the picture is (Czech `Ilustrační snímek`).
  { block: 'Radiátor v jednom z bytů na sídlišti Výsluní. Ilustrační snímek' },
  // A photographer, their agency and the paper under the caption (ten words).
  { block: ['Un barrage filtrant sur la RN88, près de Baraqueville (Aveyron), mercredi 4 mars.', 'CLAIRE MONTAGNAC / HANS LUCAS POUR « LE QUOTIDIEN DE PARIS »'], lang: 'fr' },
  // A figure's legend glued under its numbered caption.
  { block: ['Fig. 1: Coral microbiome shifts under heat stress.', 'a, Relative abundance of the ten most common bacterial genera before and during the heatwave.'] },
  // A listicle's credit under each picture, where it was found; the item's heading above it stays.
  { block: ['1. This pup who filed a formal complaint', '', 'u/soggy_noodle_88 / Via reddit.com'], expect: { 2: 'credit' } },
  { block: '@marniebakesbread / Via Twitter' },
  // A Japanese caption's tail: its credit, or the day and the place after `＝`.
  { block: '台風10号の接近で中止が決まった潮見みなと祭り。写真は昨年の大漁旗パレード（北浜新報社撮影）' },
  { block: '昨年の祭りで潮見港の夜空を彩った花火＝実行委員会提供' },
  { block: '祭りの中止を発表する山岸和子市長（中央）＝28日午後、潮見市役所', expect: { 0: 'credit' } },
  { block: '*Nadira Kirana Wulandari bersama dua anaknya di lokasi syuting di Yogyakarta. (Instagram/@nadirakirana)*', lang: 'id' },
  // A site and its photographer under the caption sentence; a Taiwanese credit and caption mark.
  { block: ['A peace lily lifted from its nursery pot, its roots coiled tightly around the ball.', 'Fernwick / Priya Anand'] },
  { block: '▲地震發生當下，楓林里一處民宅的吊燈晃動。（圖／翻攝自讀者影片）' },
  { block: '▲演練現場設置臨時醫療站，進行傷患檢傷分類。', expect: { 0: 'pictured' } },
  { block: '東嶺國小學生躲在課桌下練習避難掩護。（圖／東嶺區公所提供）' },
  // A photographer and a paper in guillemets after the slash.
  { block: 'Un immeuble aux volets clos dans le centre-ville de Saint-Brieuc. LOUISE MARCHAL / « LE QUOTIDIEN »', lang: 'fr' },
  // A photographer and an agency in capitals, alone under the caption.
  { block: ['Bombeiros combatem as chamas na fachada norte da fábrica, onde funcionavam as secções de corte.', 'JOSÉ TEIXEIRA CRUZ/LUSA'] },
  // The word for photo and an agency after a dash; a document credit in capitals in brackets (Indonesian).
  { block: 'Il presidio dei ferrovieri davanti alla stazione Termini di Roma – Foto LaPresse' },
  { block: 'Personel Satlantas mengatur arus lalu lintas di simpang tiga Sidowangi, Kamis (12/3/2026). (DOK SATLANTAS POLRES MAGELANG)', lang: 'id' },
  // A Chinese caption over its photographer's line and over `（资料图）`; `图为…` opening a caption; `File photo` under a caption.
  { block: ['3月12日，车辆有序驶过白鹭湾大桥（无人机照片）。', '新华社记者 邓凯 摄'] },
  { block: ['建设中的白鹭湾大桥主塔。', '（资料图）'] },
  { block: '图为芦花乡白沙村村民在柑橘园内修剪果树。', expect: { 0: 'pictured' } },
  { block: ['Kessling, center, rehearses with the high school marching band in the 1990s.', 'File photo'] },
  // A credit line of its own under its caption (`Photo by X / Site`); a screenshot's credit glued to its caption.
  { block: ['The Vanta 3 comes in three finishes: Slate, Fern, and a pale Apricot.', 'Photo by Ines Halloran / Gridline'] },
  { block: 'Quiet Hours groups notifications by person instead of by app. Screenshot: Marcus Velloso / Gridline' },
  // Rights reserved (`DR`) and a photographer's copyright after a French caption; an illustration label alone.
  { block: 'Lucien Travers dans son atelier de la rue des Tanneurs, vers 1905. DR', lang: 'fr' },
  { block: 'La grande galerie, entièrement repensée, présente désormais 180 œuvres. © Jean Morel / Agence Sillage', lang: 'fr' },
  { block: 'Ilustrační foto' },
  // A broadcaster's labels for screen readers, copied with the page: the whole line is the caption (or its source).
  { block: ['Image source, Getty Images', 'Image caption, Engineers inspected the bridge on Tuesday'] },
  // A dash, the photographer and their paper; a file picture said in brackets.
  { block: 'Moradores retiram móveis de casas alagadas na zona sul - Renato Azevedo Lima/Agência Meridiano' },
  { block: 'Una asamblea de trabajadores en el taller de la línea D, durante un conflicto anterior. (Archivo)', lang: 'es' },
  { block: 'La ministra de Vivienda, durante su intervención en el Congreso este miércoles. Javier Molinero (EFE)', lang: 'es' },
  // A credit label with an ellipsis under its caption; capitals either side of a slash; a news site and its photographer.
  { block: ['Riders waiting for a train at the Atlantic Parkway station on Wednesday.', 'Credit...Tomasz Rudek for The Metro Daily'] },
  // The label glued after the caption's last sentence; the label alone under a picture without a caption.
  { block: 'The glacier in 1938, photographed by a survey team. Its front then stood close to the lake.Credit...Tolland Institute of Polar Studies' },
  { block: 'Credit...Tomas Reyne for The National Courier' },
  // A photo-by credit after the caption's last sentence; a photographer and the site under a caption.
  { block: 'Device encryption in Windows 11 is a single toggle. Screenshot by Theo Brannigan/Bytewell' },
  { block: ['The encryption toggle sits under Privacy and security in the settings.', 'Theo Brannigan/Bytewell'] },
  { block: 'Des manifestants à Nantes, le 20 novembre. JEAN DUPONT / HANS LUCAS POUR « LE QUOTIDIEN »', lang: 'fr' },
  { block: 'Dezenas de passageiros aguardam autocarro na Avenida da República, durante a greve no metro. MARTA GOUVEIA LOBO/LUSA', lang: 'es' },
  { block: 'Workers leave the plant in Calderwick, Britain, on November 26, 2026. CASTELLAN/Ines Varga Purchase Licensing Rights, opens new tab' },
  { block: 'Huizenzoeker Tim bij een appartement in Utrecht dat hij met twintig anderen bezichtigde. Beeld Lotte Brandsma' },
  { block: 'Nieuwbouw in de wijk Leidsche Rijn. Op de koopmarkt staan minder huizen dan ooit. Foto ANP' },
  { block: '*Personel Polsek berjaga di depan Balai Desa Tegalmanik, Minggu malam. (LINTASSINDANG.COM/RENDI SAPUTRA WIBOWO)*', lang: 'id' },
  // The word for photo and the photographer, bare, after the caption's last sentence.
  { block: 'The old catalogue in the back room of the community hall, in March 2023. Photo by the author' },
  { block: 'Le terminus actuel de la ligne T1, place des Cordeliers. Photo CA/Yannick Bessière', lang: 'fr' },
  // Credit label at the start of the line.
  { block: 'Photo: Jane Doe' },
  { block: 'Image: Getty Images' },
  { block: 'Foto: Reuters', lang: 'id' },
  { block: 'Foto: Warga memadati alun-alun kota (Reuters)' },
  { block: 'Crédit photo : Jean Dupont', lang: 'fr' },
  { block: 'Bild: dpa', lang: 'de' },
  { block: 'Bild: picture alliance/dpa', lang: 'de' },
  { block: 'Foto: EFE', lang: 'es' },
  // Credit label glued or appended to the caption.
  { block: 'Warga memadati alun-alun kota pada Senin pagi iniKredit: Twitter', lang: 'id' },
  { block: 'Le maire devant la mairie, lundi. Crédit photo : Jean Dupont', lang: 'fr' },
  { block: 'Der Bürgermeister vor dem Rathaus am Montag. Foto: dpa', lang: 'de' },
  { block: 'El alcalde frente al ayuntamiento, el lunes. Foto: EFE', lang: 'es' },
  // The word for photo and an agency, bare, after the caption's sentence.
  { block: 'El frente del deslizamiento sobre la carretera, a la altura del puente. Foto EFE', lang: 'es' },
  { block: 'The flooded road near the bridge on the river, on Monday. Photo AP' },
  // Agency with a slash.
  { block: 'Crews install new pipes on Main Street on Monday. REUTERS/Jane Doe' },
  { block: 'The mayor speaks to residents outside the town hall. (AP Photo/John Roe)' },
  { block: 'Petugas membersihkan saluran air di Jalan Merdeka. ANTARA FOTO/Raisan Al Farisi', lang: 'id' },
  { block: 'Petugas mengevakuasi warga di Dayeuhkolot, Senin (12/2/2024). (ANTARA FOTO/Raisan Al Farisi)', lang: 'id' },
  // A photographer's name in brackets, an agency at the end.
  { block: 'Herb pots on a sunny kitchen windowsill (Tomas Brenner)' },
  // The same photographer under several step photos, even after a full sentence.
  { block: ['Water the seedlings. (Tomas Brenner)', '', 'Step 2', '', 'Move the pots into the sun after a week.', '', 'Trim the leaves. (Tomas Brenner)'], expect: { 0: 'credit', 6: 'credit' } },
  { block: 'Residents queue for water in the northern district (AFP)' },
  { block: 'A view of the flooded road near the river Getty Images' },
  { block: 'Mike Watson Images/Moodboard/Getty' },
  { block: 'Le maire devant la mairie, lundi. Photo AFP', lang: 'fr' },
  // A teaser tile's title above its media badge: a video's length, a gallery's size.
  { block: ['Coach shot by a fan during the match, players flee the pitch', '', '0:46'], expect: { 0: 'media-title' } },
  { block: ['Der Bürgermeister eröffnet das neue Rathaus am Marktplatz', '', '24 Bilder'], lang: 'de', expect: { 0: 'media-title' } },
  { block: ['Warga memadati alun-alun kota untuk perayaan malam tahun baru', '', 'Lihat 12 foto'], lang: 'id', expect: { 0: 'media-title' } },
  // A bare agency, or a photographer and their paper, in brackets after the caption's last sentence.
  { block: 'Workers remove a sign from the roof of the old headquarters in Prague in 1989. (AP)' },
  { block: 'Shoppers look at the new prices on Monday. (Rosa K. Mendel / The Harbour Times)' },
  { block: 'The rocket stands on the launch pad in Baikonur on Tuesday.(Ivan Petrenko/Harbour Board photo via AP)' },
  // Captions that point at their picture.
  { block: 'In this Nov. 29, 2016, file photo the rocket booster is installed on the launch pad in Baikonur, Kazakhstan', expect: { 0: 'pictured' } },
  { block: 'In this photo provided by the city council, residents queue for water in the northern district.', expect: { 0: 'pictured' } },
  { block: 'This undated image shows the old town hall before the fire.', expect: { 0: 'pictured' } },
  { block: 'Dalam foto ini, warga memadati alun-alun kota pada Senin pagi.', lang: 'id', expect: { 0: 'pictured' } },
  { block: 'Sur cette photo, le maire inaugure la nouvelle mairie lundi.', lang: 'fr', expect: { 0: 'pictured' } },
  { block: 'Auf diesem Bild eröffnet der Bürgermeister das neue Rathaus am Marktplatz.', lang: 'de', expect: { 0: 'pictured' } },
  { block: 'En esta foto, el alcalde inaugura el nuevo ayuntamiento el lunes.', lang: 'es', expect: { 0: 'pictured' } },
  // A caption repeated under each photo of a gallery is still the caption.
  {
    block: ['In this photo the rocket booster is installed on the launch pad in Baikonur.', '', 'In this photo the rocket booster is installed on the launch pad in Baikonur.'],
    expect: { 0: 'pictured', 2: 'pictured' },
  },
  // Figure labels.
  { block: 'Figure 3: Budget spending by district in 2024' },
  { block: 'Fig. 2. Housing costs by district' },
  { block: 'Gambar 1: Peta wilayah banjir di Kabupaten Bandung', lang: 'id' },
  { block: 'Abb. 4: Haushalt nach Bezirken', lang: 'de' },
  // A caption whose credit stands alone on the next line: both lines are the caption.
  { block: ['Crews install new pipes on Main Street on Monday.', 'REUTERS/Mark Taylor'] },
  // A tech site's caption mark; a Chinese caption's source in full-width brackets; a date before a photographer's ©.
  { block: 'Enlarge / An ambulance leaves the emergency bay at Carverton Regional on Monday.', expect: { 0: 'pictured' } },
  { block: '发布会现场。（图片来源：星港科技）' },
  // The source glued after the caption's full stop, without brackets.
  { block: '秸秆基地膜（左）与普通地膜填埋90天后的对比。图片来源：澄州大学材料学院' },
  { block: '市民在新开通的公交站台候车。记者 张立新 摄' },
  { block: 'Les pompiers évacuent une habitante rue de la Gare, mercredi. | OUEST-INVENTED', lang: 'fr' },
  { block: 'Devant une boutique du centre de Lyon, des clients attendent des explications, mercredi 4 mars 2026. © Marc Lefèvre / Hans Lucas', lang: 'fr' },
  // A photographer in capitals working for the paper, on the next line or glued; a map's maker in capitals ending its caption.
  { block: ['Des bénévoles ramassent des poissons morts sur la berge de la Vérense, dimanche 2 mars.', 'LOÏC BERNIER POUR « LE QUOTIDIEN »'], lang: 'fr' },
  { block: 'Des bénévoles ramassent des poissons morts sur la berge, dimanche 2 mars. LOÏC BERNIER POUR « LE QUOTIDIEN »', lang: 'fr' },
  { block: 'Le tronçon de la Vérense touché par la pollution, entre Saint-Aubin et la Loire. INFOGRAPHIE LE QUOTIDIEN', lang: 'fr' },
  { block: ['Warga memadati alun-alun kota pada Senin pagi.', 'Foto: Antara'], lang: 'id' },
  // A photographer before the agency, glued under the caption.
  { block: ['Un tableau de compteurs électriques dans le hall d’un immeuble de Villeurbanne (Rhône), le 26 février 2026.', 'Mathieu Rosselin / AFP'], lang: 'fr' },
  // An aggregator's credit for the paper it syndicates, glued to the caption or alone under it.
  { block: 'A Route 4 bus waits at Tanner Avenue and 5th Street, one of 14 stops the city plans to rebuild. © Provided by The Wrenfield Gazette' },
  { block: ['Council Member Derek Hollins speaks during Tuesday’s meeting at Wrenfield City Hall.', '© Provided by The Wrenfield Gazette'] },
  // A site and its photographer after a caption ending on a price, or alone under the caption.
  { block: 'L’Orvane Lys 3 dans son coloris vert sauge, posé sur sa coque vendue 29 €. © Les Puces Savantes / Maëlle Guérin', lang: 'fr' },
  // A Taiwanese caption under its picture, its credit in full-width brackets on the next line.
  { block: ['▼台電搶修人員在北嶺變電所內連夜檢修受損設備。', '（圖／台電提供）'] },
  // An agency and its photographer after a dash, alone under the caption.
  { block: ['Le siège du groupe Varlenne Industries, à Villeurbanne (Rhône).', '© AFP - Thomas Vergnaud'], lang: 'fr' },
  { block: ['Photo prise de nuit avec le Lys 3, quai Saint-Antoine à Lyon, en mode automatique.', '© Les Puces Savantes / Bastien Kerlouan'], lang: 'fr' },
  // A public broadcaster's caption with its toggles, and the credit alone under them.
  { block: ['Wendell Haskamp checks the flow meter on one of his wells outside Corliss, Kan. Dana Whitcomb/Sandhill Public Radio hide caption', 'toggle caption', 'Jonah Pettibone for Commonwave'] },
  // A chart's maker after its data source (Chinese).
  { block: '数据来源：国家统计局 制图：鑫浪财经 唐予安' },
  // A figure's number right before its title's capital, no stop between (Sphinx).
  { block: 'Fig. 1 Three requests to the same host share one pooled connection.' },
  // The caption text repeated on its own line nearby is the photo or video title.
  {
    block: ['Flooded road near the river in the northern district | Photo: Jane Doe/Reuters', '', 'Flooded road near the river in the northern district'],
    expect: { 0: 'credit', 2: 'video-title' },
  },
  {
    block: ['Warga memadati alun-alun kota pada Senin pagi | Foto: Antara/Budi', '', 'Warga memadati alun-alun kota pada Senin pagi'],
    lang: 'id',
    expect: { 0: 'credit', 2: 'video-title' },
  },
];

const caseLabel = (c: Case) => `${label(c.block)}${c.lang ? ` (${c.lang})` : ''}`;

describe('caption/credit, caption/pictured', () => {
  describe('valid (stays body)', () => {
    for (const c of VALID) {
      it(caseLabel(c), () => {
        const built = article(c.block, c.lang ?? 'en');
        const result = run(built.text);
        for (const index of built.lines) {
          const f = lineFinding(result, index);
          assert.equal(f, undefined, `line ${index + 1} flagged ${f?.detector}/${f?.category}: ${f?.reason}`);
        }
      });
    }
  });

  describe('invalid (caption)', () => {
    for (const c of INVALID) {
      it(caseLabel(c), () => {
        const built = article(c.block, c.lang ?? 'en');
        const blockLines = typeof c.block === 'string' ? [c.block] : c.block;
        const expect = c.expect ?? Object.fromEntries(blockLines.map((_l, k) => [k, 'credit'] as const).filter(([k]) => blockLines[k]!.trim()));
        const result = run(built.text);
        for (const [k, category] of Object.entries(expect)) {
          const index = built.lines[Number(k)]!;
          const f = lineFinding(result, index);
          assert.ok(f, `line ${index + 1} (${JSON.stringify(blockLines[Number(k)])}) not flagged`);
          assert.equal(f.kind, 'caption', `${f.detector}/${f.category}: ${f.reason}`);
          assert.equal(f.detector, category === 'pictured' ? 'caption/pictured' : 'caption/credit');
          assert.equal(f.category, category);
          assertWholeLine(built.text, f, index);
        }
      });
    }
  });

  it('a video\'s title under its label is no credit of the paragraph over it', () => {
    const built = article(['Do Sněmovny se dostane strana, která získá alespoň pět procent hlasů.', '', 'Video: Nejostřejší výměny z pondělní debaty lídrů za tři minuty'], 'en');
    assert.equal(lineFinding(run(built.text), built.lines[0]!), undefined);
  });

  it('a paragraph over a blank line and an agency credit stays body (the credit is the line\'s own)', () => {
    const built = article(['Turn the pot on its side, hold the plant at the base of the stems and ease it out.', '', 'Olena Vask / Getty Images']);
    const result = run(built.text);
    assert.equal(lineFinding(result, built.lines[0]!), undefined);
    assert.equal(lineFinding(result, built.lines[2]!)?.kind, 'caption');
  });

  it('a lead illustration\'s credit alone does not make the deck over it, after a blank line, a caption', () => {
    const built = article(['In 1984 a combinatorialist guessed how many moves it takes to sort a staircase of numbers.', '', 'Illustration: Wen Saltmarsh for Halfspace Magazine']);
    const result = run(built.text);
    assert.equal(lineFinding(result, built.lines[0]!), undefined);
    // Glued under its caption, it credits it.
    const glued = run(article(['A diagram of the staircase before and after the swaps.', 'Illustration: Wen Saltmarsh for Halfspace Magazine']).text);
    assert.equal(glued.findings.filter((f) => f.kind === 'caption').length, 2);
  });

  it('a photographer\'s `© Name` glued under a line, the article going on, credits it; closing the page, it is the site\'s', () => {
    const built = article(['Une part bien dense, le lendemain matin, avec un café.', '© Yann Kerbrat'], 'fr');
    const result = run(built.text);
    assert.deepEqual(built.lines.map((l) => lineFinding(result, l)?.kind), ['caption', 'caption']);
    const closing = `${PROSE_FR}\n\nUne part bien dense, le lendemain matin, avec un café.\n© Yann Kerbrat\n`;
    assert.equal(lineFinding(run(closing), closing.split('\n').indexOf('Une part bien dense, le lendemain matin, avec un café.')), undefined);
  });

  it('under a gallery\'s counters whose other captions carry credits, the line glued under a counter is a caption', () => {
    const gallery = (credited: number) => article([
      '1', `Suasana konser di Harbourline Arena, Sabtu malam.${credited >= 1 ? ' (Foto: Dimas Aryo/WartaPrima)' : ''}`, '',
      '2', `Penggemar antre sejak siang di depan pintu masuk.${credited >= 2 ? ' (Foto: Dimas Aryo/WartaPrima)' : ''}`, '',
      '3', 'Penggemar menyalakan senter ponsel dan bernyanyi bersama di luar arena.'], 'id');
    const built = gallery(2);
    assert.equal(lineFinding(run(built.text), built.lines[7]!)?.kind, 'caption');
    // One credit is too little to tell a gallery from a list of numbered sentences.
    const one = gallery(1);
    assert.equal(lineFinding(run(one.text), one.lines[7]!), undefined);
  });

  it('a figure label does not make the body paragraph above it a caption', () => {
    const built = article('Figure 3: Budget spending by district in 2024');
    // The paragraph two lines above the label is body text.
    assert.equal(lineFinding(run(built.text), built.lines[0]! - 2), undefined);
  });

  it('a credit at the start of a line is more certain than one glued to a caption', () => {
    const start = article('Photo: Jane Doe');
    const glued = article('Crews install new pipes on Main Street on Monday. REUTERS/Jane Doe');
    const a = lineFinding(run(start.text), start.lines[0]!)!;
    const b = lineFinding(run(glued.text), glued.lines[0]!)!;
    assert.ok(a.confidence > b.confidence);
  });

  it('the reason names the evidence in backticks', () => {
    const built = article('Crews install new pipes on Main Street on Monday. REUTERS/Jane Doe');
    const f = lineFinding(run(built.text), built.lines[0]!)!;
    assert.match(f.reason, /`REUTERS\/J/);
  });

  it('kinds: [boilerplate] hides captions', () => {
    const built = article('Photo: Jane Doe');
    assert.equal(lineFinding(run(built.text, { kinds: ['boilerplate', 'quote'] }), built.lines[0]!), undefined);
  });
});

describe('caption/pictured in a Markdown dump: the italic line under an image placeholder', () => {
  const dump = (under: string, image = '\\[img.2\\]') => ['# Program Gizi Balita Diperluas', '',
    'Pemerintah kabupaten memperluas program makanan tambahan bagi balita di dua belas desa mulai bulan ini.', '',
    image, '', under, '',
    'Kader posyandu mencatat berat badan setiap balita sebulan sekali dan melaporkannya kepada bidan desa.', ''].join('\n');
  it('a caption without a credit, under `\\[img.2\\]` or `![](…)`, is a caption', () => {
    for (const image of ['\\[img.2\\]', '![](https://example.com/foto.jpg)']) {
      const f = lineFinding(run(dump('*Ibu Sumiyati menyuapi anak keduanya dengan bubur ikan di rumahnya, Selasa (4/11/2025).*', image), { markdown: true }), 6);
      assert.equal(f?.kind, 'caption', image);
      assert.equal(f?.category, 'pictured');
    }
  });
  it('a bold line, or an italic line under prose, stays body', () => {
    assert.equal(lineFinding(run(dump('**Ibu Sumiyati menyuapi anak keduanya dengan bubur ikan di rumahnya.**'), { markdown: true }), 6), undefined);
    const prose = dump('*Ibu Sumiyati menyuapi anak keduanya dengan bubur ikan di rumahnya.*', 'Sebagian besar balita kini ditimbang setiap bulan di posyandu desa.');
    assert.equal(lineFinding(run(prose, { markdown: true }), 6), undefined);
  });
});

describe('caption/figure: an encyclopedia\'s captions between its paragraphs with footnote marks', () => {
  /** An invented encyclopedia article copied from the browser: a blank line between blocks, footnote marks in its paragraphs. */
  const cited = (k: number) => `Paragraph ${k} of the article tells how the harbour town of Port Lisle grew from a whaling station into the islands' capital over two centuries of trade.[${k}]`;
  const page = (middle: readonly string[], paragraphs = 8) => {
    const before = Array.from({ length: paragraphs - 2 }, (_, k) => cited(k + 1));
    return [...before, ...middle, cited(paragraphs - 1), cited(paragraphs)].join('\n\n') + '\n';
  };
  const kindAt = (text: string, line: string) => lineFinding(run(text), text.split('\n').indexOf(line))?.kind;

  it('a line with no footnote mark standing alone before a cited paragraph is a caption', () => {
    for (const caption of ['A meeting of settlers and islanders at Port Lisle. Engraving, 1863.', 'The harbour of Port Lisle in 1910', 'Hanna Dulac, President of Kessaly']) {
      const text = page([caption]);
      assert.equal(kindAt(text, caption), 'caption', caption);
      assert.equal(lineFinding(run(text), text.split('\n').indexOf(caption))?.category, 'figure');
    }
    // A map's legend: several lines in a row, none ending a sentence.
    const legend = ['Less than 5%', 'More than 5%', 'More than 10%'];
    const text = page(legend);
    for (const l of legend) assert.equal(kindAt(text, l), 'caption', l);
  });

  it('a short paragraph after a caption, a list after its lead-in, a heading and a hatnote stay the article\'s', () => {
    const paragraph = 'Work began in April 1864 and employed up to 640 men at its peak.';
    const afterCaption = page(['The Harwick Viaduct under construction, 1866', paragraph]);
    assert.equal(kindAt(afterCaption, paragraph), undefined);
    const list = page(['In 2022 the main sources of income were:[10]', 'Fishing licences, KSD 41.6 million', 'Wool and mutton, KSD 9.2 million']);
    assert.equal(kindAt(list, 'Fishing licences, KSD 41.6 million'), undefined);
    const heading = page(['Local government and territories']);
    assert.equal(kindAt(heading, 'Local government and territories'), undefined);
    const hatnote = page(['Main article: History of Kessaly, 1968 to the present']);
    assert.notEqual(kindAt(hatnote, 'Main article: History of Kessaly, 1968 to the present'), 'caption');
  });

  it('needs eight cited paragraphs, and a cited paragraph after the caption', () => {
    const caption = 'The harbour of Port Lisle in 1910';
    assert.equal(kindAt(page([caption], 7), caption), undefined);
    const last = [...Array.from({ length: 8 }, (_, k) => cited(k + 1)), caption, 'Port Lisle has no airport; a mail ship calls every nineteen days.'].join('\n\n') + '\n';
    assert.equal(kindAt(last, caption), undefined);
  });
});
