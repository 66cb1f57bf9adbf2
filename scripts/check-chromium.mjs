// Browser tests need Debian's Chromium; say exactly how to get it rather than failing obscurely.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Chromium not found at ${path}. Browser tests drive Debian's Chromium; install it with:\n\n  apt-get update && apt-get install -y chromium\n\n(or set CHROMIUM_PATH to another Chromium binary).`);
  process.exit(1);
}
