// An independent client: the AWS SDK for JavaScript v3 (its own JSON 1.0 serializer, SigV4 signer and
// error parser, no botocore) driving the emulator. Prints one JSON object of what it saw.
// Usage: node client.mjs ENDPOINT REGION ACCESS_KEY SECRET [SESSION_TOKEN|-] [probe]
// With "probe", one DescribePools call only: {"ok"} or the error it met ({"name", "message", "status"}).
import {
  PinpointSMSVoiceV2Client,
  RequestPhoneNumberCommand,
  CreatePoolCommand,
  AssociateOriginationIdentityCommand,
  DisassociateOriginationIdentityCommand,
  ListPoolOriginationIdentitiesCommand,
  DescribePoolsCommand,
  DescribePhoneNumbersCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";

const [endpoint, region, accessKeyId, secretAccessKey, tokenArg, mode] = process.argv.slice(2);
const sessionToken = tokenArg && tokenArg !== "-" ? tokenArg : undefined;
const client = new PinpointSMSVoiceV2Client({
  endpoint, region, credentials: { accessKeyId, secretAccessKey, sessionToken }, maxAttempts: 1,
});

if (mode === "probe") {
  try {
    await client.send(new DescribePoolsCommand({}));
    console.log(JSON.stringify({ ok: true }));
  } catch (err) {
    console.log(JSON.stringify({ name: err.name, message: err.message, status: err.$metadata?.httpStatusCode }));
  }
  process.exit(0);
}

const number = () =>
  client.send(new RequestPhoneNumberCommand({
    IsoCountryCode: "US", MessageType: "TRANSACTIONAL", NumberCapabilities: ["SMS"], NumberType: "SIMULATOR",
  }));

async function failure(command) {
  try {
    await client.send(command);
    return null;
  } catch (err) {
    return {
      name: err.name, status: err.$metadata?.httpStatusCode, requestId: err.$metadata?.requestId,
      reason: err.Reason, resourceType: err.ResourceType, fault: err.$fault,
    };
  }
}

const out = {};
const [a, b, c] = [await number(), await number(), await number()];
const pool = await client.send(new CreatePoolCommand({
  OriginationIdentity: a.PhoneNumberId, IsoCountryCode: "US", MessageType: "TRANSACTIONAL",
}));
out.poolArn = pool.PoolArn;
out.created = pool.CreatedTimestamp instanceof Date;
await client.send(new AssociateOriginationIdentityCommand({
  PoolId: pool.PoolId, OriginationIdentity: b.PhoneNumberArn, IsoCountryCode: "US",
}));
const removed = await client.send(new DisassociateOriginationIdentityCommand({
  PoolId: pool.PoolArn, OriginationIdentity: b.PhoneNumberId, IsoCountryCode: "US",
}));
out.removed = removed.OriginationIdentity;
out.poolId = pool.PoolId;
out.members = (await client.send(new ListPoolOriginationIdentitiesCommand({ PoolId: pool.PoolId })))
  .OriginationIdentities.map((m) => m.OriginationIdentity);
const pages = [];
let token;
do {
  const page = await client.send(new DescribePhoneNumbersCommand({ MaxResults: 1, NextToken: token }));
  pages.push(page.PhoneNumbers.map((n) => n.PhoneNumberId));
  token = page.NextToken;
} while (token);
out.pages = pages;
out.notInPool = await failure(new DisassociateOriginationIdentityCommand({
  PoolId: pool.PoolId, OriginationIdentity: c.PhoneNumberId,
}));
out.lastOne = await failure(new DisassociateOriginationIdentityCommand({
  PoolId: pool.PoolId, OriginationIdentity: a.PhoneNumberId,
}));
out.noPool = await failure(new DescribePoolsCommand({ PoolIds: ["pool-00000000000000000000000000000000"] }));
out.invalid = await failure(new DescribePoolsCommand({ Filters: [{ Name: "status", Values: ["BOGUS"] }] }));
console.log(JSON.stringify(out));
