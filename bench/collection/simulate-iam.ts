import type { AccountShape } from "./account-shape";
import { encodeDocument } from "./account-shape";
import { notFound, simulatedError } from "./simulated-error";

const GROUPS = 10;
/** How long IAM takes to finish a service-last-accessed job. */
const JOB_MS = 1_500;
const NOW = Date.parse("2026-11-23T06:00:00Z");
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000);
const NAMESPACES = ["s3", "iam", "ec2", "lambda", "kms", "dynamodb", "sqs", "logs"];

const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }] };
const inline = (i: number) => ({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: `arn:aws:s3:::bucket-${i}/*` }] });

/** IAM of one simulated account: entities generated from their index, jobs timed from generation. */
export function simulateIam(shape: AccountShape) {
  const arn = (kind: string, name: string) => `arn:aws:iam::${shape.accountId}:${kind}/${name}`;
  const jobs = new Map<string, number>();
  const hasKeys = (i: number) => i % 2 === 0;
  const hasPassword = (i: number) => i % 4 === 0;

  const user = (i: number) => ({
    Path: "/", UserName: `user-${i}`, UserId: `AIDA${i}`, Arn: arn("user", `user-${i}`), CreateDate: daysAgo(400),
    GroupList: [`group-${i % GROUPS}`], AttachedManagedPolicies: [], UserPolicyList: [], Tags: [],
  });
  const group = (i: number) => ({
    Path: "/", GroupName: `group-${i}`, GroupId: `AGPA${i}`, Arn: arn("group", `group-${i}`), CreateDate: daysAgo(900),
    GroupPolicyList: [], AttachedManagedPolicies: [{ PolicyName: `policy-${i}`, PolicyArn: arn("policy", `policy-${i}`) }],
  });
  const role = (i: number) => ({
    Path: "/", RoleName: `role-${i}`, RoleId: `AROA${i}`, Arn: arn("role", `role-${i}`), CreateDate: daysAgo(500),
    AssumeRolePolicyDocument: encodeDocument(trust), InstanceProfileList: [],
    RolePolicyList: [{ PolicyName: "inline", PolicyDocument: encodeDocument(inline(i)) }],
    AttachedManagedPolicies: [{ PolicyName: `policy-${i % shape.policies}`, PolicyArn: arn("policy", `policy-${i % shape.policies}`) }],
    Tags: [], RoleLastUsed: i % 3 === 0 ? {} : { LastUsedDate: daysAgo(i % 200), Region: "us-east-1" },
  });
  const policy = (i: number) => ({
    PolicyName: `policy-${i}`, PolicyId: `ANPA${i}`, Arn: arn("policy", `policy-${i}`), Path: "/", DefaultVersionId: "v1",
    AttachmentCount: 1, PermissionsBoundaryUsageCount: 0, IsAttachable: true, CreateDate: daysAgo(800), UpdateDate: daysAgo(100),
    PolicyVersionList: [{ Document: encodeDocument(inline(i)), VersionId: "v1", IsDefaultVersion: true, CreateDate: daysAgo(100) }],
  });

  function authorizationDetails(input: { Marker?: string; MaxItems?: number }) {
    const total = shape.users + GROUPS + shape.roles + shape.policies;
    const start = Number(input.Marker ?? 0);
    const end = Math.min(total, start + (input.MaxItems ?? 100));
    const next = end < total ? String(end) : undefined;
    const output = { UserDetailList: [] as unknown[], GroupDetailList: [] as unknown[], RoleDetailList: [] as unknown[], Policies: [] as unknown[] };
    for (let index = start; index < end; index += 1) {
      let i = index;
      if (i < shape.users) { output.UserDetailList.push(user(i)); continue; }
      i -= shape.users;
      if (i < GROUPS) { output.GroupDetailList.push(group(i)); continue; }
      i -= GROUPS;
      if (i < shape.roles) { output.RoleDetailList.push(role(i)); continue; }
      output.Policies.push(policy(i - shape.roles));
    }
    return { ...output, IsTruncated: next !== undefined, ...(next ? { Marker: next } : {}) };
  }

  function credentialReport() {
    const header = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
    const lines = [header, `<root_account>,arn:aws:iam::${shape.accountId}:root,2018-08-12T17:20:55+00:00,not_supported,2026-11-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`];
    for (let i = 0; i < shape.users; i += 1) {
      const key = hasKeys(i) ? "true,2025-01-01T00:00:00+00:00,2026-11-01T00:00:00+00:00,us-east-1,s3" : "false,N/A,N/A,N/A,N/A";
      lines.push(`user-${i},${arn("user", `user-${i}`)},2025-01-01T00:00:00+00:00,${hasPassword(i)},N/A,N/A,N/A,${i % 8 === 0},${key},false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`);
    }
    return { Content: new TextEncoder().encode(lines.join("\n")), ReportFormat: "text/csv", GeneratedTime: new Date() };
  }

  function lastAccessed(jobId: string) {
    const started = jobs.get(jobId);
    if (started === undefined) throw simulatedError("NoSuchEntity", 404, `job ${jobId} not found`);
    const created = new Date(started);
    if (Date.now() - started < JOB_MS) return { JobStatus: "IN_PROGRESS", JobCreationDate: created, ServicesLastAccessed: [] };
    const principal = jobId.slice(4);
    const services = NAMESPACES.map((namespace, n) => {
      const used = (principal.length + n) % 3 !== 0;
      return {
        ServiceName: namespace.toUpperCase(), ServiceNamespace: namespace, TotalAuthenticatedEntities: used ? 1 : 0,
        ...(used ? { LastAuthenticated: daysAgo(n * 20), LastAuthenticatedEntity: principal, LastAuthenticatedRegion: "us-east-1" } : {}),
        TrackedActionsLastAccessed: ["Get", "Put"].map((verb) => (used && verb === "Get" ? { ActionName: `${verb}Thing`, LastAccessedEntity: principal, LastAccessedTime: daysAgo(n * 20), LastAccessedRegion: "us-east-1" } : { ActionName: `${verb}Thing` })),
      };
    });
    return { JobStatus: "COMPLETED", JobType: "ACTION_LEVEL", JobCreationDate: created, JobCompletionDate: new Date(started + JOB_MS), ServicesLastAccessed: services, IsTruncated: false };
  }

  const userIndex = (name: unknown) => Number(String(name).replace("user-", ""));
  return (api: string, input: Record<string, unknown>): unknown => {
    switch (api) {
      case "GetAccountAuthorizationDetails": return authorizationDetails(input);
      case "GenerateCredentialReport": return { State: "COMPLETE" };
      case "GetCredentialReport": return credentialReport();
      case "GetAccountSummary": return { SummaryMap: { AccountMFAEnabled: 1, Users: shape.users, Roles: shape.roles } };
      case "GetAccountPasswordPolicy": return { PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, ExpirePasswords: false } };
      case "ListVirtualMFADevices": return { VirtualMFADevices: [], IsTruncated: false };
      case "ListSAMLProviders": return { SAMLProviderList: [] };
      case "ListOpenIDConnectProviders": return { OpenIDConnectProviderList: [] };
      case "ListServerCertificates": return { ServerCertificateMetadataList: [], IsTruncated: false };
      case "ListAccessKeys": return { AccessKeyMetadata: hasKeys(userIndex(input.UserName)) ? [{ UserName: input.UserName, AccessKeyId: `AKIA${userIndex(input.UserName)}`, Status: "Active", CreateDate: daysAgo(300) }] : [], IsTruncated: false };
      case "GetAccessKeyLastUsed": return { UserName: "x", AccessKeyLastUsed: { LastUsedDate: daysAgo(20), ServiceName: "s3", Region: "us-east-1" } };
      case "ListMFADevices": return { MFADevices: [{ UserName: input.UserName, SerialNumber: `arn:aws:iam::${shape.accountId}:mfa/${String(input.UserName)}`, EnableDate: daysAgo(100) }], IsTruncated: false };
      case "GetLoginProfile":
        if (!hasPassword(userIndex(input.UserName))) throw notFound("NoSuchEntity");
        return { LoginProfile: { UserName: input.UserName, CreateDate: daysAgo(300), PasswordResetRequired: false } };
      case "GenerateServiceLastAccessedDetails": {
        const jobId = `job-${String(input.Arn)}`;
        jobs.set(jobId, Date.now());
        return { JobId: jobId };
      }
      case "GetServiceLastAccessedDetails": return lastAccessed(String(input.JobId));
      default: throw simulatedError("UnsupportedOperation", 400, `simulated IAM has no ${api}`);
    }
  };
}
