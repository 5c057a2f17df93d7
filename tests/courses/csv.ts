/**
 * A strict RFC 4180 reader for tests (csv-parse is not a dependency): records end with CRLF,
 * quoted fields may hold commas, doubled quotes and line breaks. Throws on malformed quoting.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"' && field === "") {
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error("unterminated quoted field");
        if (text[index] === '"' && text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else if (text[index] === '"') break;
        else field += text[index++];
      }
      index += 1;
      if (index < text.length && text[index] !== "," && !text.startsWith("\r\n", index)) throw new Error(`text after a closing quote at ${index}`);
    } else if (text[index] === ",") {
      record.push(field);
      field = "";
      index += 1;
    } else if (text.startsWith("\r\n", index)) {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index += 2;
    } else {
      if (text[index] === '"' || text[index] === "\n" || text[index] === "\r") throw new Error(`bare ${JSON.stringify(text[index])} at ${index}`);
      field += text[index++];
    }
  }
  if (field !== "" || record.length > 0) throw new Error("the last record does not end with CRLF");
  return records;
}
