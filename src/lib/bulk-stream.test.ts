import { describe, expect, it } from "vitest";
import { allInOneAllowed, datasetJsonPieces, joinedCsvPieces, streamOf } from "./bulk-stream.ts";

const head = {
  schemaVersion: "1.0.0",
  municipalities: [{ id: "nerima", name: "練馬区" }],
  plans: [{ id: "p", nested: { a: [1, 2] } }],
};

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("datasetJsonPieces", () => {
  it("writes exactly what JSON.stringify(dataset, null, 2) writes", async () => {
    const measures = [
      { id: "a", years: [{ y: 1, t: "改行\nあり" }] },
      { id: "b", years: [] },
    ];
    const streamed = await text(streamOf(datasetJsonPieces(head, measures)));
    expect(streamed).toBe(JSON.stringify({ ...head, measures }, null, 2));
  });
  it("writes an empty measures list the same way too", async () => {
    expect(await text(streamOf(datasetJsonPieces(head, [])))).toBe(
      JSON.stringify({ ...head, measures: [] }, null, 2),
    );
  });
  it("yields one piece per measure, so no piece holds the whole file", () => {
    const measures = Array.from({ length: 100 }, (_, i) => ({ id: `m${i}` }));
    expect([...datasetJsonPieces(head, measures)].length).toBe(102);
  });
});

describe("joinedCsvPieces", () => {
  it("keeps the BOM and header of the first part only", () => {
    const parts = ["\ufeffid,title\n1,a\n", "\ufeffid,title\n2,b\n"];
    expect([...joinedCsvPieces(parts)].join("")).toBe("\ufeffid,title\n1,a\n2,b\n");
  });
});

describe("allInOneAllowed", () => {
  it("stops the build past the limit with what to do instead", () => {
    expect(() => allInOneAllowed(10, 20)).not.toThrow();
    expect(() => allInOneAllowed(21, 20)).toThrow(/21 measures .* limit of 20.*per municipality/);
  });
});
