// Serves test/e2e/pages on 127.0.0.1 at a random port. The Google-Forms-like page is also served
// where Google serves forms (/forms/d/e/<id>/viewform), which the test build reads as Google
// Forms on 127.0.0.1; google-form-saved.html is that page without its behaviour script, as a
// saved copy of a form behaves.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const pages = join(dirname(fileURLToPath(import.meta.url)), "pages");

export interface PageServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Pages served at Google's form paths: /forms/d/e/<id>/<name> → a file of pages/. */
export const formsPath = (name: string): string => `forms/d/e/1FAIpQLSdTEST/${name}`;

async function page(name: string): Promise<string | undefined> {
  const forms = /^forms\/d\/e\/1FAIpQLSdTEST\/(.+)$/.exec(name);
  if (forms) return page(forms[1] === "viewform" ? "google-form.html" : forms[1]!);
  if (name === "google-form-saved.html") {
    const html = await page("google-form.html");
    return html?.replace(/<script id="gf-behaviour">[\s\S]*?<\/script>/, "");
  }
  const path = normalize(join(pages, name));
  if (!path.startsWith(pages)) return undefined;
  return readFile(path, "utf8").catch(() => undefined);
}

export async function servePages(): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const name =
      decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname.slice(1)) || "plain-form.html";
    void page(name).then((html) => {
      if (html === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
