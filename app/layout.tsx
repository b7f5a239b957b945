import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { NavLinks } from "@/app/_components/nav-links";
import { UserMenu } from "@/app/(auth)/_components/user-menu";
import { SampleAccountBanner } from "@/app/_components/sample-account-banner";
import { Providers } from "@/app/providers";
import styles from "@/app/layout.module.css";
import "@/app/globals.css";

export const metadata: Metadata = {
  title: { default: "Vigil", template: "%s · Vigil" },
  description: "Cloud security posture for AWS: IAM, Lambda, S3 and KMS.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className={styles.skip} href="#main">Skip to content</a>
        <header className={styles.header}>
          <div className={styles.bar}>
            <a href="/" className={styles.brand} aria-label="Vigil overview">
              <span aria-hidden="true" className={styles.logo}>◆</span> Vigil
            </a>
            <NavLinks />
            <Suspense fallback={null}>
              <UserMenu />
            </Suspense>
          </div>
        </header>
        <Suspense fallback={null}>
          <SampleAccountBanner />
        </Suspense>
        <Providers>
          <main id="main" className={styles.main}>{children}</main>
        </Providers>
      </body>
    </html>
  );
}
