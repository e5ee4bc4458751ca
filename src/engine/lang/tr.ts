import type { LanguagePack } from './types';

/**
 * A light pack: page furniture and speech verbs only (see `LanguagePack.light`). The cues match `İ` and `I` as the
 * capitals of `i` and `ı` in Turkish text (`cues.ts`), so the phrases are written in lower case.
 */
export const tr: LanguagePack = {
  code: 'tr',
  name: 'Turkish',
  light: true,
  iso6393: ['tur'],
  creditLabels: ['fotoğraf', 'görsel', 'kaynak', 'arşiv'],
  creditAgencies: ['anadolu ajansı', 'ihlas haber ajansı', 'demirören haber ajansı', 'dha'],
  teaserLabels: ['ilgili haberler', 'benzer haberler', 'bunlar da ilginizi çekebilir', 'ilginizi çekebilir',
    'çok okunanlar', 'en çok okunanlar', 'editörün seçtikleri', 'öne çıkanlar',
    'sıradaki haber', 'önceki haber', 'sonraki haber'],
  sharePhrases: ['paylaş', 'haberi paylaş', 'linki kopyala', 'bağlantıyı kopyala', 'link kopyalandı', 'takip et',
    'bizi takip edin', 'abone ol', 'e-bülten', 'yazdır', 'kaydet'],
  adPhrases: ['reklam', 'reklam alanı', 'sponsorlu', 'sponsorlu içerik'],
  commentWords: ['yorum', 'yorumlar', 'yanıt', 'yanıtla', 'cevap', 'cevapla'],
  commentForm: ['yorum yapabilmek için giriş yapmalısınız', 'yorum yapmak için giriş yapmalısınız', 'yorum yaz',
    'yorum yazın', 'yorum gönder', 'bir yorum yazın', 'bir cevap yazın', 'bir yanıt yazın', 'cevabı iptal et',
    'yanıtı iptal et', 'e-posta adresiniz yayınlanmayacak', 'e-posta hesabınız yayımlanmayacak', 'gerekli alanlar',
    'daha sonraki yorumlarımda kullanılması için', 'yorumlar kapalı', 'yorumunuz onaylandıktan sonra'],
  navWords: ['anasayfa', 'ana sayfa', 'giriş yap', 'üye ol', 'kayıt ol', 'çıkış yap', 'menü', 'kapat', 'geri',
    'daha fazla', 'daha fazla yükle', 'okumaya devam et', 'devamını oku', 'haberin devamı', 'hakkımızda', 'künye',
    'iletişim', 'gizlilik politikası', 'çerez politikası', 'kullanım koşulları',
    'kvkk aydınlatma metni', 'etiketler', 'gündem', 'ekonomi', 'dünya', 'spor', 'sağlık', 'eğitim', 'yazarlar',
    'magazin', 'teknoloji', 'yaşam', 'siyaset', 'foto galeri', 'video galeri', 'hava durumu', 'son dakika',
    'canlı yayın', 'tüm haberler', 'site haritası', 'yayın ilkeleri', 'kabul et', 'haberi dinle', 'yükleniyor...',
    'tam ekran'],
  footerPhrases: ['tüm hakları saklıdır', 'her hakkı saklıdır', 'kaynak gösterilmeden kullanılamaz',
    'izinsiz kullanılamaz', 'fikir ve sanat eserleri kanunu'],
  // Turkish puts the verb last: `"…" dedi.`, `"…" diye konuştu.`, `"…" ifadelerini kullandı.`, `"…" diyen Vali X`.
  speechVerbs: ['dedi', 'diyor', 'diyen', 'diyerek', 'diye konuştu', 'şeklinde konuştu', 'ifadelerini kullandı',
    'ifadesini kullandı', 'söyledi', 'söylüyor', 'belirtti', 'belirterek', 'açıkladı', 'vurguladı', 'kaydetti',
    'ekledi', 'anlattı', 'anlatıyor', 'ifade etti', 'dile getirdi', 'yanıtladı', 'sordu', 'uyardı', 'aktardı',
    'hatırlattı', 'değerlendirdi', 'açıklamasında bulundu'],
  // `göre` follows its source (`Valiye göre`); the list names sources after the phrase.
  accordingTo: [],
  // `o` (he, she) is an everyday word elsewhere.
  pronouns: ['kendisi'],
  galleryWords: ['fotoğraf', 'görsel', 'galeri'],
  ofWords: [],
  pictureOpeners: ['soldan sağa', 'fotoğrafta', 'görselde'],
  bylineWords: ['güncelleme', 'son güncelleme', 'yayınlanma tarihi', 'yayın tarihi', 'muhabir', 'editör', 'yazan',
    'okuma süresi'],
  // (`nisan`, `eylül`, `kasım` are given names too.)
  calendarWords: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar', 'ocak', 'şubat',
    'mart', 'mayıs', 'temmuz', 'ağustos', 'ekim', 'aralık'],
};
