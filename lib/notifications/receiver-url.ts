/**
 * URLs Vigil may send to (webhooks, Slack, trackers): http(s) only, and never the cloud instance-metadata
 * endpoints, so a receiver URL cannot be used to read the credentials of the machine Vigil runs on.
 */
import { z } from "zod";

const METADATA_HOSTS = new Set(["169.254.169.254", "[fd00:ec2::254]", "metadata.google.internal", "169.254.170.2"]);

export const receiverUrlSchema = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), "must be an http(s) URL")
  .refine((value) => !METADATA_HOSTS.has(new URL(value).hostname.toLowerCase()), "must not point at an instance-metadata endpoint");
