import { createClassifier } from '@spike/classifier';
const c = createClassifier();
const cases = [
  ['Leeds', 'Lloyds app won\'t let me log in, payday of all days', 'lloyds'],
  ['Leeds', 'anyone else\'s Lloyds banking app just spinning? cant see my balance', 'lloyds'],
  ['Leeds', 'Lloyds card declined at tesco, app says technical difficulties', 'lloyds'],
  ['Leeds', 'lloyds online banking down again?? payment to my landlord won\'t go through', 'lloyds'],
  ['Leeds', 'Halifax is fine but Lloyds app is completely dead', 'lloyds'],
  ['Mumbai', 'Jio network gone since 1am, no calls no data', 'jio'],
  ['Mumbai', 'jio me network hi nahi hai raat se, emergency call only dikha raha', 'jio'],
  ['Mumbai', 'जियो का नेटवर्क गायब है, कॉल भी नहीं लग रही', 'jio'],
  ['Mumbai', 'Is Jio down in Mumbai? No signal at all since midnight', 'jio'],
  ['Chennai', 'ஜியோ நெட்வொர்க் வேலை செய்யவில்லை', 'jio'],
  ['Kolkata', 'জিও নেটওয়ার্ক নেই সকাল থেকে', 'jio'],
  ['New York', 'Instagram, Facebook and Messenger all down at the same time??', 'facebook+instagram+messenger'],
  ['São Paulo', 'caiu tudo, insta face e zap fora do ar', 'facebook+instagram+whatsapp'],
  ['Madrid', 'Se ha caído Instagram, no carga el feed', 'instagram'],
  ['Paris', 'Instagram est en panne ? Impossible de charger le fil', 'instagram'],
  ['Berlin', 'Instagram geht nicht, Störung?', 'instagram'],
  ['Jakarta', 'IG down ya? ga bisa refresh feed', 'instagram'],
  ['Manila', 'down ba ang FB? ayaw mag load ng newsfeed', 'facebook'],
  ['Istanbul', 'Instagram çöktü mü? akış yenilenmiyor', 'instagram'],
  ['Moscow', 'Инстаграм не работает? лента не грузится', 'instagram'],
  ['Seoul', '인스타 안돼요? 피드가 안 떠요', 'instagram'],
  ['Tokyo', 'インスタ落ちてる？タイムラインが更新されない', 'instagram'],
  ['Bangkok', 'ไอจีล่มหรือเปล่า โหลดฟีดไม่ได้เลย', 'instagram'],
  ['Hanoi', 'Facebook bị sập à? không vào được', 'facebook'],
  ['Cairo', 'الفيسبوك واقع؟ مش بيفتح خالص', 'facebook'],
];
let bad = 0;
for (const [loc, t, want] of cases) { const r = c.classify({ id: 'x', text: t, lang: null, author_location: loc, geo_country: null }); const got = r.complaint ? r.services.slice().sort().join('+') : '(no complaint)'; if (got !== want) { bad++; console.log('BAD', got.padEnd(24), r.language, r.country, t); } }
console.log('bad', bad, 'of', cases.length);
