#!/usr/bin/env node
/** `npm run kafka:start | kafka:stop | kafka:status` (see infra/README.md). */
import { localKafkaStatus, settingsFromEnv, startLocalKafka, stopLocalKafka } from './index.js';

async function main(command: string | undefined): Promise<number> {
  const settings = settingsFromEnv();
  const say = (line: string) => console.log(`[kafka] ${line}`);
  switch (command) {
    case 'start': {
      const result = await startLocalKafka(settings, say);
      say(`ready at ${result.broker} (${result.how})`);
      return 0;
    }
    case 'stop': {
      say((await stopLocalKafka(settings)) ? 'stopped' : 'no broker of ours was running');
      return 0;
    }
    case 'status': {
      const status = await localKafkaStatus(settings);
      say(`${status.answering ? 'up' : 'down'} at ${status.broker}${status.pid ? ` (pid ${status.pid})` : ''}; log: ${status.log}`);
      return status.answering ? 0 : 3;
    }
    default:
      console.error('usage: local-kafka start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[kafka] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
