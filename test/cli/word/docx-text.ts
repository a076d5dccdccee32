import JSZip from 'jszip';

/** The words of a Word document's body, runs joined by "|" so that cell and paragraph borders stay visible. */
export async function docxWords(bytes: Uint8Array): Promise<{ words: string; document: string; zip: JSZip }> {
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    const words = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    return { words, document, zip };
}
