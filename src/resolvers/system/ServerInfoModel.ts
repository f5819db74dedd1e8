/** What `Query.serverInfo` hands to the ServerInfo field resolvers; `counts` is fetched only when asked for. */
export interface ServerInfoModel {
  version: string;
}
