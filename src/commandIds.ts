import { CONVERT_COMMAND_CONFIGS } from './core/convert/commandConfigs';

/** Every command Policy Lens contributes; package.json's contributes.commands must list exactly these. */
export const COMMAND_IDS = [
  ...CONVERT_COMMAND_CONFIGS.map((c) => `policyLens.convert.${c}` as const),
  'policyLens.convert',
  'policyLens.convertWithPreview',
  'policyLens.exportFigureTable',
  'policyLens.showGlossary',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

export type ConvertCommandId = Extract<CommandId, `policyLens.convert${string}`>;

/** What a command runs with the arguments it was called with. */
export type CommandHandler = (...args: unknown[]) => unknown;
