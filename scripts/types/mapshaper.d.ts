// Minimal typings for the parts of mapshaper's Node API the data build uses.
declare module 'mapshaper' {
  interface MapshaperApi {
    applyCommands(commands: string, input: Record<string, string | Buffer | object>): Promise<Record<string, string | Buffer>>;
    enableLogging(): void;
  }
  const mapshaper: MapshaperApi;
  export default mapshaper;
}
