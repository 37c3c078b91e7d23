/** Runs the Monte Carlo off the main thread so typing never waits for 10,000 draws. */
import { answerRequests } from '../../kits/workers/answerRequests.ts';
import { runMonteCarlo } from './build/runMonteCarlo.ts';

answerRequests(runMonteCarlo);
