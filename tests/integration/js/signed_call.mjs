// A SigV4 request to the local API signed by the AWS SDK for JavaScript's own signer (@smithy/signature-v4,
// pinned through package-lock.json), not botocore: the local API must accept it as API Gateway would.
// Usage: node signed_call.mjs URL ACCESS_KEY SECRET [tamper]
// Environment: SESSION_TOKEN signs with a session token; REPEAT=N sends N requests back to back and prints a list.
// Each answer: {"status", "body", "requestId", "errorType"} (the x-amzn-RequestId and x-amzn-ErrorType headers).
import { createHash, createHmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";

class Sha256 {
  constructor(secret) {
    this.hash = secret ? createHmac("sha256", secret) : createHash("sha256");
  }
  update(data) {
    this.hash.update(data);
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

const [url, accessKeyId, secretAccessKey, tamper] = process.argv.slice(2);
const target = new URL(url);
const body = JSON.stringify({
  PoolId: "pool-00000000000000000000000000000000", OriginationIdentity: "phone-1", IsoCountryCode: "US",
});
const sessionToken = process.env.SESSION_TOKEN || undefined;
const signer = new SignatureV4({
  service: "execute-api", region: "us-east-1", credentials: { accessKeyId, secretAccessKey, sessionToken },
  sha256: Sha256,
});

async function call() {
  const signed = await signer.sign({
    method: "POST", protocol: target.protocol, hostname: target.hostname, port: Number(target.port),
    path: target.pathname, headers: { host: target.host, "content-type": "application/json" }, body,
  });
  const sent = tamper ? body.replace("phone-1", "phone-2") : body;
  const response = await fetch(url, { method: "POST", headers: signed.headers, body: sent });
  return {
    status: response.status, body: await response.json(), requestId: response.headers.get("x-amzn-requestid"),
    errorType: response.headers.get("x-amzn-errortype"),
  };
}

const repeat = Number(process.env.REPEAT || 0);
if (repeat) {
  const answers = [];
  for (let i = 0; i < repeat; i++) answers.push(await call());
  console.log(JSON.stringify(answers));
} else {
  console.log(JSON.stringify(await call()));
}
