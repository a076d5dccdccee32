/** Every OLE compound file (how Office stores a password-protected .xlsx or .docx) starts with these bytes. */
const COMPOUND_FILE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The stream that holds the encrypted zip, named in the compound file's directory in UTF-16. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * Whether the bytes are an Office file saved with a password: not a zip archive but a compound file
 * carrying the encrypted package (ECMA-376 part 2, "agile" and "standard" encryption alike).
 */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return buffer.subarray(0, COMPOUND_FILE_SIGNATURE.length).equals(COMPOUND_FILE_SIGNATURE) && buffer.includes(ENCRYPTED_PACKAGE);
}
