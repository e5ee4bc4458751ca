import { stripEmphasis } from '../../document';
import type { Detector } from '../types';
import { titledCounter } from './slideshow';

// `3`, `12`, `1/12`, `(3/12)`, `3 / 12`, `1 of 24`, `Photo 3 of 12`, `Foto 2 dari 5`.
const LONE_NUMBER = /^[([]?\d{1,3}[)\]]?$/;
const FRACTION = /^[([]?\d{1,3}\s*\/\s*\d{1,3}[)\]]?$/;
// `+9` next to `View gallery`: how many more pictures the gallery holds (alone, `+689` may be a calling code).
const MORE_PICTURES = /^\+\d{1,3}$/;
const GALLERY_WORD = /galler|galeri|photos|fotos|bilder|images/i;
// `Ver las 8 fotos`, `View all 24 photos`, `Lihat 12 foto`: the gallery's link with the count of its pictures.
const SEE_ALL_PHOTOS = /^(?:ver|view|see|lihat|voir|zobrazit|ansehen|vedi)\s+(?:(?:all|las|todas\s+las|les|semua|všech|alle|tutte\s+le)\s+)?\d{1,3}\s+(?:fotos?|photos?|pictures|images|imágenes|gambar|fotografií|fotek|bilder|immagini)$/iu;
// `Galerie (12)`, `Gallery (24)`, `Fotogalerie (24 fotografií)`: the gallery's link with the count of its pictures.
const GALLERY_COUNT = /^(?:gallery|galerie|galeri|galería|galleria|fotogalerie|fotogalerij|photos|fotos|foto)\s*\(\d{1,3}(?:\s+(?:photos?|pictures|images|fotos?|fotografi[eíi]?|fotek|snímků|bilder|gambar|immagini|imágenes))?\)$/iu;

export const imageCounter: Detector = {
  id: 'boilerplate/image-counter',
  description: 'Gallery and image counters left on their own line',
  kind: 'boilerplate',
  categories: ['image-counter'],
  detect({ infos, cues, markdown, reportLine }) {
    for (const info of infos) {
      if (info.blank) continue;
      // `1/50 Airline orders new planes`: a slideshow counter glued to the slide's title.
      const slide = titledCounter(info);
      if (slide) {
        reportLine(info.line.index, 'boilerplate', 'image-counter', `Slideshow counter \`${slide.n}/${slide.of}\` with its slide title`, 0.8);
        continue;
      }
      if (info.t.length > 40) continue;
      const t = stripEmphasis(info.t);
      if (markdown && info.block !== 'text') continue;
      if (LONE_NUMBER.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'image-counter', `Lone number \`${t}\` between paragraphs (gallery counter)`, 0.95);
      } else if (FRACTION.test(t) || GALLERY_COUNT.test(t) || SEE_ALL_PHOTOS.test(t) || cues.galleryCounter.test(t) || (MORE_PICTURES.test(t) && [info.prev, info.next].some((n) => n >= 0 && infos[n]!.t.length <= 40 && GALLERY_WORD.test(infos[n]!.t)))) {
        reportLine(info.line.index, 'boilerplate', 'image-counter', `Gallery counter \`${t}\``, 0.95);
      }
    }
  },
};
