/**
 * Aliases that are also ordinary English words or names. Any alias whose lowercase form is listed
 * here is treated as ambiguous (marker "~"): it counts only with the taxonomy's exact
 * capitalisation and a technical context (see `skill-context.ts`). One- and two-letter aliases are
 * ambiguous by default too. Product names that are rarely ordinary words (Kubernetes, Jenkins...)
 * are not listed.
 */
export const AMBIGUOUS_WORDS: ReadonlySet<string> = new Set(
  `go c r d swift rust spring express less make chef puppet ant shell excel word access teams project
office dart elm julia scheme pig hive spark flask jest mocha chai sketch unity swing play meteor ember
backbone storm vault consul nomad salt looker sentry slack zoom box linear notion relay apollo dash
tornado rails sinatra jersey karma jasmine cucumber enzyme insomnia pact sonar prettier yarn electron
ionic capacitor cocoa celery unreal phaser gin boost vapor phoenix remix lit behave bun babel bootstrap
leaflet maven detox espresso locust postman renovate ruff node ada scratch assembly stylus mojo apex
groovy nim sed nix polish lean crystal pascal logo alice hack mercury sage compass flow fabric helm argo
flux harbor envoy kong travis drone packer vagrant airflow luigi prefect beam presto trino drill
impala ranger atlas segment amplitude heap intercom drift asana basecamp framer canva blender maya
houdini nuke premiere avid outlook publisher dynamics tally oracle lever bamboo gusto epic eclipse rider
atom brackets sublime torch jax ray arrow domo mode vector beats elastic realm snowflake glue athena
lambda batch shield inspector config sentinel claude llama falcon bert aurora bedrock spanner glacier
amplify loki caddy jetty honeycomb windows fedora juniper fastly cognito pulsar iceberg druid chroma
pillow shiny yolo moz square stripe wix buffer iterable twig razor gong outreach braze kronos
bloomberg eagle inventor creo rhino grasshopper logic caffe render railway xen kvm riak pinecone
stitch superset redash procreate alpine arch varnish squid nexus rollup parcel grunt bower koa hapi
cassandra neptune`
    .split(/\s+/)
    .filter(Boolean),
);
