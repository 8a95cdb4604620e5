import { createContext, useContext } from "react";

/** Colours by role; under NO_COLOR every colour is undefined and only bold, underline and inverse remain. */
export interface Theme {
  readonly accent: string | undefined;
  readonly quote: string | undefined;
  readonly speaker: string | undefined;
  readonly mention: string | undefined;
  readonly insert: string | undefined;
  readonly remove: string | undefined;
  readonly muted: string | undefined;
  readonly main: string | undefined;
}

export const COLOR_THEME: Theme = {
  accent: "cyan",
  quote: "green",
  speaker: "magenta",
  mention: "yellow",
  insert: "green",
  remove: "red",
  muted: "gray",
  main: "yellow",
};

export const NO_COLOR_THEME: Theme = {
  accent: undefined,
  quote: undefined,
  speaker: undefined,
  mention: undefined,
  insert: undefined,
  remove: undefined,
  muted: undefined,
  main: undefined,
};

/** Whether the environment asks for no colour (https://no-color.org: any non-empty NO_COLOR). */
export function wantsNoColor(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env["NO_COLOR"]);
}

export const ThemeContext = createContext<Theme>(COLOR_THEME);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
