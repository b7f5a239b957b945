/** IAM policy document shapes as written by people (every member may be a string or a list). */

export type StringOrList = string | string[];

export type PrincipalValue = "*" | Record<string, StringOrList>;

export type ConditionBlock = Record<string, Record<string, StringOrList | boolean | number>>;

export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  Action?: StringOrList;
  NotAction?: StringOrList;
  Resource?: StringOrList;
  NotResource?: StringOrList;
  Principal?: PrincipalValue;
  NotPrincipal?: PrincipalValue;
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement?: PolicyStatement | PolicyStatement[];
}
