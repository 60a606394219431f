// zod with Vietnamese messages: every validation error a user may read is in Vietnamese.
import { z } from "zod";
import vi from "zod/v4/locales/vi.js";

z.config(vi());

export { z };
