export declare function parseFileCommands(text: string): Record<string, string>;
