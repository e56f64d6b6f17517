import { parseMessage } from '../../src/core/protocol/common';
import { ScalingOutbound } from '../../src/core/protocol/scalingCharts';
import { vscodeApi } from '../shared/vscodeApi';

const root = document.getElementById('app')!;
const api = vscodeApi();

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseMessage(ScalingOutbound, event.data);
  if (!message) return;
  if (message.type === 'init') {
    root.replaceChildren();
    const heading = document.createElement('h1');
    heading.textContent = message.strings.title ?? '';
    root.append(heading);
  }
});

api.postMessage({ type: 'ready' });
