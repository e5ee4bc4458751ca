import type { Detector } from '../types';

// `SponsoredAcme Markets`, `Want to see fewer ads?`, `Using an ad blocker?`, `Become a Member.`
const AD_PROMPT = /^(?:sponsored|promoted|advertisement|iklan|anzeige|publicidad|publicité)(?=\p{Lu})|^(?:want to see fewer ads|using an ad ?blocker|please (?:disable|turn off) your ad ?blocker|become a (?:member|subscriber)|support (?:our|independent) journalism|matikan adblock)\b/iu;

// `This post may contain affiliate links.`, `As an Amazon Associate I earn from qualifying purchases.`: the blog's
// disclosure that it is paid for links.
const AFFILIATE = /^(?:this (?:post|article|page|site|blog|review) (?:may )?contains? affiliate links|as an amazon associate\b|(?:disclosure|disclaimer):\s.{0,80}affiliate|(?:we|i|[\w.]+(?: [\w.]+){0,2}) may (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission\b|when you buy .{1,60}\bwe may earn (?:a )?(?:small )?commission\b|if you (?:buy|purchase) (?:something|anything|a product) (?:from|through|via) .{1,60}\b(?:may|might) (?:earn|receive|get) (?:a )?(?:small )?commission\b)/i;

// `$749 at Best Buy`, `€699 bei Elektro Kolb`: a shop's buy button under a review.
const BUY_BUTTON = /^(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?[€£])\s+(?:at|from|bei|chez|en|em|di|su|bij)\s+\p{Lu}[\p{L}\d\s.&'’-]{0,30}$/u;

// `18+ | BeGambleAware.org | T&Cs apply`, `When the fun stops, stop`: a betting advert's small print; the offer over it
// (`Bet on … – new customers get £30 in free bets`).
const GAMBLING_SMALL_PRINT = /(?:^18\+|begambleaware|gamblingtherapy|gambleaware|when the fun stops|play responsibly|jouez responsable|juega con responsabilidad|jogue com responsabilidade|gioca responsabilmente|spiel(?:en sie)? verantwortungsvoll)/i;
const BETTING_OFFER = /\b(?:bet|bets|betting|odds|free bets?|new customers|sign-up offer|wager|apuesta|apuestas|pari|paris sportifs|scommess\w*|wette\w*|aposta\w*|taruhan)\b/i;

/** A price (`19,99 €`, `$4.99`, `Rp 50.000`). */
const PRICE = /(?:[$€£]\s?\d|\d(?:[\d.,]*\d)?\s?(?:€|£|euro|eur\b|kč|元)|\bRp\s?\d)/iu;
/** An advert's button closing it (`… 点击了解`, `… Learn more`). */
const CALL_TO_ACTION_END = /(?:点击了解|點擊了解|了解更多|立即购买|立即購買|立即抢购|立即搶購|learn more|shop now|jetzt kaufen|mehr erfahren|en savoir plus)\s*(?:[>›»]{1,2}|→)?$/iu;
/** The advertiser's name closing an advert after a dash or a bar (`… – Nordnetz`). */
const ADVERTISER_END = /\s[–—|-]\s*\p{Lu}[\p{L}\d.&' -]{1,30}$/u;

export const advertisement: Detector = {
  id: 'boilerplate/advertisement',
  description: 'Advertisement markers (`ADVERTISEMENT`, `SCROLL TO CONTINUE WITH CONTENT`)',
  kind: 'boilerplate',
  categories: ['advertisement'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 300) continue;
      if (info.wordCount <= 20 && GAMBLING_SMALL_PRINT.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'advertisement', `Small print of a betting advert \`${info.t.slice(0, 40)}\``, 0.85);
        const offer = info.prev;
        if (offer >= 0 && offer === info.line.index - 1 && infos[offer]!.wordCount <= 40 && BETTING_OFFER.test(infos[offer]!.t)) {
          reportLine(offer, 'boilerplate', 'advertisement', 'A betting offer over its small print', 0.8);
        }
        continue;
      }
      if (info.wordCount <= 40 && AFFILIATE.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'advertisement', `Disclosure of paid links \`${info.t.slice(0, 40)}\``, 0.8);
        continue;
      }
      if (info.t.length > 80) continue;
      if (info.wordCount <= 7 && BUY_BUTTON.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'advertisement', `A shop's buy button \`${info.t}\``, 0.8);
        continue;
      }
      if (AD_PROMPT.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'advertisement', `Advertising or ad-blocker prompt \`${info.t.slice(0, 40)}\``, 0.85);
        continue;
      }
      if (cues.ad.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'advertisement', `Advertisement marker \`${info.t}\``, 0.95);
        // The advert's own line glued under its marker: a price and its advertiser (`Glasfaser für Ihr Zuhause: … nur
        // 19,99 € zahlen – Nordnetz`).
        const ad = infos[info.next];
        if (ad && info.next === info.line.index + 1 && ad.wordCount <= 30 && ((PRICE.test(ad.t) && ADVERTISER_END.test(ad.t)) || CALL_TO_ACTION_END.test(ad.t))) {
          reportLine(ad.line.index, 'boilerplate', 'advertisement', `The advert under its marker on line ${info.line.index + 1}`, 0.75);
        }
      }
    }
  },
};
