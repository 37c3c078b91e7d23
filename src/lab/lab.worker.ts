/** Runs the lab's Monte Carlo (every archetype × every package) off the main thread. */
import { answerRequests } from '../workers/answerRequests.ts';
import { computeLab } from './computeLab.ts';

answerRequests(computeLab);
