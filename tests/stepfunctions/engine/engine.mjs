// The independent Step Functions engine for the tests: aws-local-stepfunctions (pinned in package.json, two defects
// patched by tests/stepfunctions/patches/), driven over stdin/stdout by tests/stepfunctions/engine.py.
//
// pytest -> engine, one JSON object a line: {"type": "run", "id", "definition", "input", "context", "tasks",
//   "waitTimeOverrides", "retryIntervalOverrides"}
// engine -> pytest: {"type": "invoke", "id", "state", "parameters"} for each Lambda task attempt (pytest answers
//   {"type": "answer", "id", "result"} or {"type": "answer", "id", "error", "cause"}, or never: a function that
//   outlives the task's TimeoutSeconds), then {"type": "done", "id", "status", "output" | "error", "cause",
//   "events"}.
import { createInterface } from "node:readline";
import { ExecutionError, ExecutionTimeoutError, StateMachine } from "aws-local-stepfunctions";

const pending = new Map();
let invocations = 0;

function send(message) {
  process.stdout.write(JSON.stringify(message) + "\n");
}

// The task's resource, replaced by a call into pytest (the real handler behind a model of the Lambda service).
function invoke(state, parameters) {
  const id = `invoke-${++invocations}`;
  send({ type: "invoke", id, state, parameters });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function answer(message) {
  const waiting = pending.get(message.id);
  if (waiting === undefined) return; // the task timed out before this answer: nobody is waiting
  pending.delete(message.id);
  if (message.error === undefined) {
    waiting.resolve(message.result);
    return;
  }
  // The engine catches and retries on error.name and reports error.message as the Cause.
  const error = new Error(message.cause);
  error.name = message.error;
  waiting.reject(error);
}

async function collect(events) {
  const seen = [];
  for await (const event of events) {
    seen.push({ type: event.type, state: event.state?.name ?? null, index: event.index ?? null });
    if (event.type.startsWith("Execution") && event.type !== "ExecutionStarted") break;
  }
  return seen;
}

async function run(message) {
  const handlers = Object.fromEntries(message.tasks.map((name) => [name, (input) => invoke(name, input)]));
  const execution = new StateMachine(message.definition).run(message.input, {
    context: message.context,
    overrides: {
      taskResourceLocalHandlers: handlers,
      waitTimeOverrides: message.waitTimeOverrides ?? {},
      retryIntervalOverrides: message.retryIntervalOverrides ?? {},
    },
  });
  const events = collect(execution.eventLogs);
  const done = { type: "done", id: message.id };
  try {
    Object.assign(done, { status: "SUCCEEDED", output: await execution.result });
  } catch (failure) {
    if (failure instanceof ExecutionTimeoutError) {
      Object.assign(done, { status: "TIMED_OUT", error: "States.Timeout", cause: null });
    } else if (failure instanceof ExecutionError) {
      Object.assign(done, { status: "FAILED", error: failure.cause.name, cause: failure.cause.message });
    } else {
      throw failure;
    }
  }
  done.events = await events;
  send(done);
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const message = JSON.parse(line);
  if (message.type === "answer") answer(message);
  else run(message).catch((failure) => send({ type: "crash", id: message.id, message: String(failure?.stack) }));
});
// pytest is done: stop now, although a timed-out execution may have left its task's timer running.
lines.on("close", () => process.exit(0));
