// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// An app that fails on another connection too is the app's failure: the network named as the
// first suspect is cleared ("wifi pe bhi same"), while a network that fails where Wi-Fi works
// is still the network's (see fineOnWifi).
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('the same failure on another connection', () => {
  it('clearsTheNetworkNamedAsTheFirstSuspect', () => {
    expect(complainedOf('snapchat chal raha hai kisi ka? mera band hai, Airtel fiber pe bhi aur 4g pe bhi', 'Jaipur')).toEqual([
      'snapchat',
    ]);
    expect(complainedOf('Telegram not sending anything. My Vodafone line and the home wifi both the same', 'Leeds')).toEqual(['telegram']);
    expect(complainedOf('o spotify parou? pensei que era a fibra da Claro mas no 4g também não toca', 'Recife')).toEqual(['spotify']);
    expect(complainedOf('ドコモかなと思ったけど自宅のWi-Fiでもディスコード繋がらない', '東京')).toEqual(['discord']);
    expect(complainedOf('Netflix ka masla hai ya Jio ka? wifi pe bhi nahi chal raha aur data pe bhi', 'Pune')).toEqual(['netflix']);
  });

  it('leavesTheNetworkWhereWifiWorks_AndANetworkNamedAlone', () => {
    expect(complainedOf('telegram nahi chal raha airtel pe, wifi pe sab theek', 'Jaipur')).toEqual(['airtel']);
    expect(complainedOf('Airtel down on wifi and data too', 'Jaipur')).toEqual(['airtel']);
  });
});

describe('another app said to work on the same network', () => {
  it('clearsTheNetworkAskedAbout', () => {
    expect(complainedOf('Airtel 4G chal raha hai na? youtube pe videos chal rahi hain lekin telegram pe kuch nahi aata', 'Jaipur')).toEqual(
      ['telegram'],
    );
  });
});
