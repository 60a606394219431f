// The JSON Schema of the export payload, for anyone who reads the file without our code.
import { z } from "zod";
import { PayloadSchema } from "../shared/payload";

export function payloadJsonSchema(): Record<string, unknown> {
  // "input": what a valid file may contain (aliases may be left out; they default to []).
  const schema = z.toJSONSchema(PayloadSchema, { io: "input", unrepresentable: "any" });
  return {
    ...schema,
    title: "Dữ liệu điền biểu mẫu – kế hoạch công tác cán bộ",
  };
}
