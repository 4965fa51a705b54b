// Messages of the share dialog (src/ui/ShareDialog.tsx, loaded on demand); the button that opens it stays
// in vi.ts / en.ts.
// Every module that uses one of these keys imports this file for its side effect; same keys in
// both languages (i18n.test.ts).
import { addMessages } from '../translate';

export const shareVi = {
  'share.link': 'Sao chép liên kết',
  'share.copied': 'Đã sao chép liên kết',
  'share.title': 'Chia sẻ khung nhìn này',
  'share.intro': 'Liên kết và mã nhúng mở lại đúng khung nhìn hiện tại: chỉ tiêu, năm, đơn vị đang chọn và vị trí bản đồ.',
  'share.linkLabel': 'Liên kết',
  'share.copyCode': 'Sao chép mã nhúng',
  'share.codeCopied': 'Đã sao chép mã nhúng',
  'share.copyFailed': 'Không sao chép tự động được: hãy chọn nội dung trong ô và sao chép.',
  'share.codeHelp': 'Dán đoạn mã này vào trang HTML của bài viết. Tệp embed.js giúp khung bản đồ tự điều chỉnh chiều cao theo nội dung.',
  'share.close': 'Đóng',
  'share.iframeTitle': '{title} — Bản đồ số Nông thôn mới tỉnh Lâm Đồng',
  'share.embedPlayer': "Thêm thanh chọn năm và nút phát vào khung nhúng",
} as const;

export type ShareMessageKey = keyof typeof shareVi;

export const shareEn: Record<ShareMessageKey, string> = {
  'share.link': 'Copy link',
  'share.copied': 'Link copied',
  'share.title': 'Share this view',
  'share.intro': 'The link and the embed code reopen exactly this view: measure, year, selected unit and map position.',
  'share.linkLabel': 'Link',
  'share.copyCode': 'Copy embed code',
  'share.codeCopied': 'Embed code copied',
  'share.copyFailed': 'Could not copy automatically: select the text in the box and copy it.',
  'share.codeHelp': 'Paste this code into the HTML of your article. The embed.js file lets the map frame adjust its height to its content.',
  'share.close': 'Close',
  'share.iframeTitle': '{title} — Lâm Đồng New Rural Development digital map',
  'share.embedPlayer': "Add a year slider and a play button to the embed",
};

addMessages({ vi: shareVi, en: shareEn });
