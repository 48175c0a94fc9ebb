import { createClassifier } from '@spike/classifier';
const c = createClassifier();
const L = { IN: 'Pune', PK: 'Islamabad', IT: 'Torino', TR: 'İzmir', GB: 'Glasgow' };
const cases = [
  ['IN', 'whatsapp pe double tick nahi aa raha kisi ka bhi', 'whatsapp'],
  ['IN', 'koi batayega whatsapp ko kya hua hai? status bhi upload nahi ho raha', 'whatsapp'],
  ['IN', 'mera whatsapp kaam nahi kar raha, baaki sab apps theek hain', 'whatsapp'],
  ['IN', 'व्हाट्सएप डाउन है क्या? मैसेज डिलीवर नहीं हो रहे', 'whatsapp'],
  ['IN', 'WhatsApp का सर्वर डाउन है, ग्रुप में कोई मैसेज नहीं जा रहा', 'whatsapp'],
  ['PK', 'whatsapp ka kya masla hai aaj? msg send hi nahi ho rahe', 'whatsapp'],
  ['PK', 'واٹس ایپ بند ہو گیا ہے کیا؟ کوئی میسج نہیں جا رہا', 'whatsapp'],
  ['PK', 'yaar whatsapp pe sirf clock ka nishaan aa raha hai', 'whatsapp'],
  ['IT', 'Anche a voi WhatsApp non manda i messaggi? Resta l’orologio', 'whatsapp'],
  ['IT', 'whatsapp in down da mezz’ora, non arrivano nemmeno gli audio', 'whatsapp'],
  ['IT', 'Qualcuno sa perché WhatsApp non si connette? Instagram va benissimo', 'whatsapp'],
  ['TR', 'WhatsApp\'ta mesajlar tek tik kalıyor, sizde de mi böyle?', 'whatsapp'],
  ['TR', 'Whatsapp gitti mi? Kimseye mesaj atamıyorum', 'whatsapp'],
  ['TR', 'whatsapp web de çalışmıyor telefondaki de, internetim var', 'whatsapp'],
  ['GB', 'my whatsapp messages are just sitting on one grey tick, is it down?', 'whatsapp'],
  ['GB', 'WhatsApp group chats not updating at all. Outage?', 'whatsapp'],
  ['GB', 'can\'t make whatsapp calls, keeps saying reconnecting', 'whatsapp'],
  ['GB', 'whatsapp just stopped working mid conversation', 'whatsapp'],
  ['GB', 'Cannot change my WhatsApp profile photo, it just spins. Is something wrong?', 'whatsapp'],
  ['GB', 'Backup to google drive failing on whatsapp all morning', 'whatsapp'],
  ['IN', 'whatsapp chal raha hai ab, aa gaya wapas', '(no complaint)'],
  ['GB', 'WhatsApp is back! that was a long two hours', '(no complaint)'],
  ['IT', 'WhatsApp è tornato a funzionare', '(no complaint)'],
  ['TR', 'WhatsApp düzeldi sonunda', '(no complaint)'],
  ['GB', 'Just read that WhatsApp was down for two hours this morning, glad I missed it', '(no complaint)'],
  ['IN', 'WhatsApp ke naye update mein privacy ka feature achha hai', '(no complaint)'],
  ['GB', 'my mates whatsapp group is down to 4 people now lol', '(no complaint)'],
  ['PK', 'whatsapp group band kar do yaar bohat messages aate hain', '(no complaint)'],
];
let bad = 0;
for (const [cc, t, want] of cases) { const r = c.classify({ id: 'x', text: t, lang: null, author_location: L[cc], geo_country: null }); const got = r.complaint ? r.services.slice().sort().join('+') : '(no complaint)'; const ok = got === want; if (!ok) bad++; if (!ok) console.log('BAD', got.padEnd(18), r.language, t); }
console.log('bad', bad, 'of', cases.length);
