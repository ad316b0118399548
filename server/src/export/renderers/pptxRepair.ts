/**
 * Fixes three places where pptxgenjs 4.0.1 writes XML that PowerPoint (2016 and later)
 * answers with "PowerPoint found a problem with content" (gitbrent/PptxGenJS #1083, #1441,
 * #1442). LibreOffice is lenient, so only a schema-level fix protects Office users:
 * - an `<a:pPr>` before every run of a mixed-format paragraph: CT_TextParagraph allows one, first;
 * - a solid slide background without the `<a:effectLst/>` CT_BackgroundProperties requires;
 * - a shape without `<p:txBody>`.
 */
export async function repairPptx(bytes: Uint8Array): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name));
  for (const name of parts) {
    const file = zip.file(name);
    if (file === null) continue;
    const xml = await file.async('string');
    const repaired = repairSlideXml(xml);
    if (repaired !== xml) zip.file(name, repaired);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;
const FIRST_CONTENT = /<a:(r|br|fld)\b/;
const EMPTY_TEXT_BODY = '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>';

export function repairSlideXml(xml: string): string {
  return xml
    .replace(PARAGRAPH, (_, body: string) => {
      const contentStart = body.search(FIRST_CONTENT);
      if (contentStart < 0) return `<a:p>${body}</a:p>`;
      return `<a:p>${body.slice(0, contentStart)}${body.slice(contentStart).replace(PARAGRAPH_PROPERTIES, '')}</a:p>`;
    })
    .replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (whole, inner: string) => (/<a:effect(Lst|Dag)\b/.test(inner) ? whole : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`))
    .replace(/<p:sp>([\s\S]*?)<\/p:sp>/g, (whole, inner: string) => (inner.includes('<p:txBody') ? whole : `<p:sp>${inner}${EMPTY_TEXT_BODY}</p:sp>`));
}
