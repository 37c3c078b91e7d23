/** Runs the lab's Monte Carlo (every archetype × every package) off the main thread. */
import { answerRequests } from '../../kits/workers/answerRequests.ts';
import { computeLab } from './build/computeLab.ts';

answerRequests(computeLab);
