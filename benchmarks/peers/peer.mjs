// Drives one npm peer client against the simulator, for PeerComparisonBenchmark. Our own harness code: it only
// calls each peer's public API (the base URL is pointed at the simulator, as neither peer takes one).
//   node peer.mjs <aligent|bcapiclient> <list|callers> <baseUrl> <storeHash> <token> [callers] [callsPerCaller]
// Prints one JSON line: {"items"|"calls", "ok", "failed", "seconds"}.
import { createRequire } from 'node:module';
import http from 'node:http';

const require = createRequire(import.meta.url);
const [peer, mode, baseUrl, storeHash, token, callersArg, callsArg] = process.argv.slice(2);

function aligent() {
  const { fetchTransport, Management } = require('@aligent/bigcommerce-api');
  const v3 = new Management.V3.Client(fetchTransport({
    baseUrl: `${baseUrl}/stores/${storeHash}/v3`,
    headers: { 'X-Auth-Token': token },
    // its default is an HTTPS agent (10 sockets, keep-alive); the simulator speaks plain HTTP on loopback
    agent: new http.Agent({ maxSockets: 10, keepAlive: true }),
  }));
  return {
    async list() {
      let items = 0;
      for await (const product of v3.list('/catalog/products', { query: { limit: 250 } })) {
        if (product.id) items++;
      }
      return items;
    },
    async get(id) {
      return v3.get('/catalog/products/{product_id}', { path: { product_id: id } });
    },
  };
}

function bcapiclient() {
  const { BigCommerceApiClient } = require('bigcommerce-api-client');
  const client = new BigCommerceApiClient({ storeHash, accessToken: token });
  client.apiClient.axiosInstance.defaults.baseURL = `${baseUrl}/stores/${storeHash}`;
  return {
    async list() {
      // Limit.ALL (-1) stops after the first page in 0.7.19 (its remaining-limit arithmetic goes negative), so
      // ask for more than the catalog holds, which pages through every page as Limit.ALL means to
      const result = await client.catalog.products.getAllProducts({}, 1, 100000000);
      return result.data.length;
    },
    async get(id) {
      return client.catalog.products.getProduct(id);
    },
  };
}

const client = peer === 'aligent' ? aligent() : bcapiclient();
const start = process.hrtime.bigint();
const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
if (mode === 'list') {
  const items = await client.list();
  console.log(JSON.stringify({ items, seconds: seconds() }));
} else {
  const callers = Number(callersArg);
  const calls = Number(callsArg);
  let ok = 0;
  let failed = 0;
  await Promise.all(Array.from({ length: callers }, async (_, caller) => {
    for (let i = 0; i < calls; i++) {
      try {
        const product = await client.get(1 + ((caller * calls + i) % 1000));
        if (product) ok++; else failed++;
      } catch (e) {
        failed++;
      }
    }
  }));
  console.log(JSON.stringify({ calls: callers * calls, ok, failed, seconds: seconds() }));
}
