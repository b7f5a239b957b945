"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "@/app/_components/nav-links.module.css";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/my-work", label: "My work" },
  { href: "/findings", label: "Findings" },
  { href: "/compliance", label: "Compliance" },
  { href: "/resources", label: "Resources" },
  { href: "/principals", label: "Principals" },
  { href: "/scans", label: "Scans" },
  { href: "/changes", label: "Changes" },
  { href: "/accounts", label: "Accounts" },
  { href: "/settings", label: "Settings" },
] as const;

export function NavLinks() {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" || pathname === "/posture" : pathname.startsWith(href));
  return (
    <nav aria-label="Main">
      <ul className={styles.list}>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className={styles.link} aria-current={isCurrent(link.href) ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
