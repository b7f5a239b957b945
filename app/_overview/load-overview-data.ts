import "server-only";
// The overview's cards are separate components (each streams in its own Suspense boundary) that need some of the
// same data: read once per request.
import { cache } from "react";
import { getScope } from "@/app/_auth/get-actor";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { findLatestPosture } from "@/lib/posture/find-latest-posture";

export const loadAccounts = cache(async () => findAccounts(await getScope()));
export const loadLatestPosture = cache(async () => findLatestPosture({ scope: await getScope() }));
