/**
 * What the app's share link carries: the scenario, the screen it opens on, and each screen's
 * settings under its id. Its schema is made once the screens' own are loaded
 * (`loadAppShareState`), with the first link read or made, not with the page (README, Method:
 * Speed).
 */
import { z } from 'zod/mini';
import { ShareState } from '../kits/persistence/shareCodec.ts';
import { ALL_SCREENS, SCREENS, type ScreenId } from './screens.ts';

function appShareState() {
  const ids = SCREENS.map((s) => s.id) as [ScreenId, ...ScreenId[]];
  const screenStates = Object.fromEntries(
    ALL_SCREENS.flatMap((s) => (s.state ? [[s.id, z.optional(s.state.schema)]] : [])),
  ) as Record<string, z.ZodMiniOptional<z.ZodMiniType>>;
  return z.extend(ShareState, { view: z.optional(z.enum(ids)), ...screenStates });
}

export type AppShareStateSchema = ReturnType<typeof appShareState>;
export type AppShareState = z.infer<AppShareStateSchema>;

let made: AppShareStateSchema | undefined;

/** The schema a link is read against, with each screen's settings checked by its own. */
export async function loadAppShareState(): Promise<AppShareStateSchema> {
  await Promise.all(ALL_SCREENS.map((s) => s.state?.loadSchema()));
  made ??= appShareState();
  return made;
}
