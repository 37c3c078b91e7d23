/** Runs the market model for both sides off the main thread, keeping the vendors' samples. */
import { answerRequests } from '../../kits/workers/answerRequests.ts';
import { computeMarket } from './build/computeMarket.ts';

answerRequests(computeMarket);
