import type { EscalationIndexes } from "@/lib/iam/escalation/escalation-indexes";
import { mayAllowAction } from "@/lib/iam/evaluate/may-allow-action";
import type { IamFunction, IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";

/** A round's frontier seen from the targets' side, built once per round instead of once per actor. */
export interface FrontierView {
  /** Position of each frontier ARN, to visit filtered candidates in frontier order. */
  rank: Map<string, number>;
  /** Frontier roles trusting a service principal, in the order of `indexes.rolesByService`. */
  rolesByService(service: string): IamPrincipal[];
  /** Lambda functions that run as a frontier role, in model order. */
  functions: IamFunction[];
  /** Those of `functions` whose resource policy has an Allow statement naming the action (for any principal). */
  functionsAllowing(action: string): IamFunction[];
}

const memo = new WeakMap<ReadonlySet<string>, FrontierView>();

export function viewFrontier(model: IamModel, indexes: EscalationIndexes, frontier: ReadonlySet<string>): FrontierView {
  let view = memo.get(frontier);
  if (!view) {
    const byService = new Map<string, IamPrincipal[]>();
    const byAction = new Map<string, IamFunction[]>();
    const functions = model.functions.filter((fn) => fn.roleArn !== null && frontier.has(fn.roleArn));
    view = {
      rank: new Map([...frontier].map((arn, i) => [arn, i])),
      rolesByService: (service) => {
        let roles = byService.get(service);
        if (!roles) {
          roles = (indexes.rolesByService.get(service) ?? []).filter((r) => frontier.has(r.arn));
          byService.set(service, roles);
        }
        return roles;
      },
      functions,
      functionsAllowing: (action) => {
        let list = byAction.get(action);
        if (!list) {
          list = functions.filter((fn) => fn.policy !== null && mayAllowAction(fn.policy.statements.length > 0 ? [fn.policy] : [], action));
          byAction.set(action, list);
        }
        return list;
      },
    };
    memo.set(frontier, view);
  }
  return view;
}
