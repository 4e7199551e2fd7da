/**
 * The content as the rest of Tandem sees it: every entry validated by its schema, with
 * the file it came from. Both readers (Astro's content layer and the CLI) produce a
 * `RawContent`; `buildModel` turns it into a `Model` with indexes and derived views.
 */
import type {
  Activity,
  Client,
  ClientContact,
  Control,
  DueDiligenceItem,
  Domain,
  Framework,
  Party,
  Policy,
  Provider,
  Report,
  Runbook,
  Service,
  StaffMember,
} from '../../schemas/index.ts';

/** One content file after schema validation. */
export interface Entry<T> {
  id: string;
  /** Path relative to the content root, posix separators. */
  file: string;
  data: T;
  /** Markdown/MDX body, for entries that have one. */
  body?: string;
}

export interface RawContent {
  provider: Entry<Provider>[];
  services: Entry<Service>[];
  domains: Entry<Domain>[];
  frameworks: Entry<Framework>[];
  clients: Entry<Client>[];
  policies: Entry<Policy>[];
  runbooks: Entry<Runbook>[];
  reports: Entry<Report>[];
  dueDiligence: Entry<DueDiligenceItem>[];
}

/** A template row with the domain it sits in and where it was written. */
export interface ActivityView extends Activity {
  domain: string;
  file: string;
  /** Index in the domain file's `activities` list, for error locations. */
  index: number;
}

export interface DomainView extends Omit<Domain, 'activities'> {
  id: string;
  file: string;
  activities: ActivityView[];
}

export interface ControlView extends Control {
  framework: string;
  /** `<framework>:<control>`, the form content uses to reference it. */
  ref: string;
}

export type FrameworkEntry = Entry<Framework>;

/** Someone who can be named in a matrix row: a client contact or provider staff. */
export type Person =
  | ({ source: 'client' } & ClientContact)
  | ({ source: 'provider'; party?: undefined; organization?: undefined } & StaffMember);

export interface Model {
  provider: Entry<Provider>;
  parties: Party[];
  staff: Map<string, StaffMember>;
  services: Entry<Service>[];
  servicesById: Map<string, Entry<Service>>;
  domains: DomainView[];
  activities: ActivityView[];
  activitiesById: Map<string, ActivityView>;
  frameworks: FrameworkEntry[];
  frameworksById: Map<string, FrameworkEntry>;
  controlsByRef: Map<string, ControlView>;
  clients: Entry<Client>[];
  clientsById: Map<string, Entry<Client>>;
  policies: Entry<Policy>[];
  policiesById: Map<string, Entry<Policy>>;
  /** `YYYY-MM-DD` each content file was last committed, by its `file`; read once per build. */
  lastCommitted: ReadonlyMap<string, string>;
  runbooks: Entry<Runbook>[];
  runbooksById: Map<string, Entry<Runbook>>;
  /** Every report, oldest period first within a client. */
  reports: Entry<Report>[];
  reportsByClient: Map<string, Entry<Report>[]>;
  /** The provider's due-diligence kit, in page order. */
  dueDiligence: Entry<DueDiligenceItem>[];
}
