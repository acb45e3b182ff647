namespace StoryBank.Bench;

/// <summary>The word lists and sentence templates <see cref="BankGenerator"/> draws from; {slots} are filled at random.</summary>
internal static class Words
{
    public static readonly string[] DocumentTitles =
    [
        "STAR Stories (Behavioral Interview Bank)",
        "Behavioral Interview Stories",
        "My Story Bank — Senior Engineer Loop",
        "Interview Legends (Stories & Answers)",
        "Leadership Interview Prep — STAR Stories",
        "Staff Engineer Interview: Story Inventory",
    ];

    public static readonly string[] IntroOpenings =
    [
        "This is my working set of stories for the {company} interview loop.",
        "A ready reference for behavioral rounds, grouped by the themes interviewers ask about.",
        "Stories I keep rehearsing before onsite interviews; each one is tied to real numbers.",
        "Collected while preparing for senior and staff roles at {company} and similar companies.",
    ];

    public static readonly string[] IntroDetails =
    [
        "Read the short version first and expand only when the interviewer digs in.",
        "Every story names the metric that moved, so the result is never vague.",
        "Stories are reused across themes; the table at the end says which one fits which question.",
        "Keep each answer under three minutes and leave room for follow-up questions.",
    ];

    public static readonly string[] ForeignIntros =
    [
        "Сборник историй для подготовки к поведенческим интервью, по одной на каждую тему.",
        "Colección de historias para entrevistas de comportamiento — repasar antes de cada ronda.",
        "Sammlung von Geschichten für Verhaltensinterviews, nach Themen geordnet.",
    ];

    public static readonly string[] Themes =
    [
        "Crisis Management", "Conflict Resolution", "Ownership", "Technical Leadership", "Mentoring",
        "Delivering Under Pressure", "Cost Optimization", "Innovation", "Customer Obsession", "Failure and Learning",
        "Influence Without Authority", "Scaling Systems", "Hiring and Team Building", "Ambiguity", "Prioritization",
    ];

    public static readonly string[] PillarGlosses =
    [
        "owning outcomes", "raising the bar", "working across teams", "disagree and commit", "bias for action",
    ];

    public static readonly string[] QuestionTypes =
    [
        "Technical Achievement", "Scaling/Performance", "Leadership/Management", "Collaboration",
        "Failure/Learning", "Problem-Solving", "Conflict", "Career/Motivation",
    ];

    public static readonly string[] Companies =
    [
        "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella Health", "Tailspin", "Wingtip",
        "Blue Yonder Air", "Litware", "Adventure Works", "Proseware",
    ];

    public static readonly string[] Systems =
    [
        "billing pipeline", "search index", "payments gateway", "notification service", "reporting warehouse",
        "mobile checkout", "identity service", "ingestion workers", "pricing engine", "feature-flag platform",
    ];

    public static readonly string[] Technologies =
    [
        "Kafka", "PostgreSQL", "Redis", "Kubernetes", "gRPC", "Terraform", "DynamoDB", "Elasticsearch", "React",
        "Spark", "RabbitMQ", "ClickHouse",
    ];

    public static readonly string[] Teams =
    [
        "the platform team", "two product squads", "the data team", "our on-call rotation", "the finance team",
        "the mobile team", "support engineers", "a partner team in another time zone",
    ];

    public static readonly string[] Problems =
    [
        "timeouts under month-end load", "a memory leak that restarted pods hourly", "duplicate charges",
        "a six-hour nightly batch", "flaky deploys", "runaway cloud costs", "stale search results",
        "lost messages during failover", "a schema migration that locked the main table",
    ];

    public static readonly (string Name, string Unit)[] Metrics =
    [
        ("P95 latency", "ms"), ("Error rate", "%"), ("Monthly cloud bill", "k USD"), ("Deploy time", " min"),
        ("Batch duration", " min"), ("Pages per week", ""), ("Onboarding time", " days"), ("Support tickets per month", ""),
        ("Build time", "s"),
    ];

    public static readonly string[] MetricNames = [.. Metrics.Select(metric => metric.Name)];

    public static readonly string[] Titles =
    [
        "Rescuing the {system}", "Fixing {problem}", "Moving the {system} to {tech}",
        "Cutting {metric} by {pct}%", "Leading {team} Through a Rewrite", "The {n}-Day Launch",
        "Untangling {problem}", "Building the {system} from Scratch", "Saying No to a Big-Bang Migration",
        "Turning Around {team}",
    ];

    public static readonly string[] Situations =
    [
        "At {company}, the {system} suffered from {problem}.",
        "Our {system} handled about {big} requests a day and was starting to buckle.",
        "The {system} had grown for {n} months without an owner, and {team} were afraid to touch it.",
        "Leadership had promised a launch in {n} days, but the {system} was not ready.",
        "Customers were complaining about {problem}, and churn in the affected segment rose by {pct}%.",
        "I had just joined {company} as the only senior engineer on {team}.",
        "Each incident cost us roughly ${big} in credits and a weekend of someone's time.",
        "Two teams disagreed about whether to patch the {system} or replace it with {tech}.",
    ];

    public static readonly string[] Tasks =
    [
        "I owned fixing {problem} without losing any data.",
        "My goal was to bring {metric} under the SLA within one quarter.",
        "I had to align {team} on one plan and deliver it before the deadline.",
        "I needed to replace the {system} while it kept serving production traffic.",
        "The task was to cut costs by {pct}% without hurting reliability.",
    ];

    public static readonly string[] Actions =
    [
        "Profiled the {system} and found that {pct}% of the time went into one query.",
        "Moved the slow work onto a queue backed by {tech}, returning 202 Accepted immediately.",
        "Wrote a one-page design doc, circulated it to {team}, and folded in their objections.",
        "Added dashboards and alerts so that {problem} would page us before customers noticed.",
        "Ran the new path in shadow mode for {n} days and compared every result with the old one.",
        "Paired with a junior engineer on the riskiest part so the knowledge did not stay with me.",
        "Negotiated scope with product: the MVP shipped without the admin screens.",
        "Introduced a cache in {tech} with a {n}-minute expiry and explicit invalidation on writes.",
        "Rolled out behind a feature flag — 5%, then 25%, then everyone.",
        "Set up a weekly risk review with {team} and kept a single decision log.",
        "Replaced per-row inserts with batched COPY statements of {big} rows.",
    ];

    public static readonly string[] StepLabels =
    [
        "Diagnosed the problem", "Designed the fix", "Built consensus", "Implemented the change",
        "Added safety nets", "Tested under load", "Rolled out gradually", "Cleaned up",
    ];

    public static readonly string[] Periods = ["Day 1", "Days 2-3", "Week 1", "Weeks 2-4", "Month 2", "Sprint 3"];

    public static readonly string[] Results =
    [
        "{metric} dropped by {pct}%, and it has stayed there since.",
        "We saved about ${big} a year in infrastructure.",
        "The launch went out on time with zero downtime.",
        "Incidents tied to {problem} went from weekly to none in {n} months.",
        "{team} adopted the pattern for {n} other services.",
        "The junior engineer I paired with now owns the {system}.",
        "Leadership used the result as the template for the next planning cycle.",
    ];

    public static readonly string[] ResultLabels =
    [
        "Zero timeouts", "Higher throughput", "Better reliability", "Lower cost", "Happier users", "Faster delivery",
    ];

    public static readonly string[] Questions =
    [
        "Tell me about a time you solved a difficult technical problem",
        "Describe a project where you had to influence {team} without authority",
        "Tell me about your biggest technical achievement",
        "What's the hardest bug you have tracked down",
        "How do you keep track of a project with many stakeholders",
        "Tell me about a time you failed",
        "Describe a time you disagreed with your manager",
        "How do you decide what not to build",
    ];

    public static readonly string[] FollowUps =
    [
        "Why did you choose {tech} over the alternatives?",
        "What would you do differently?",
        "How did you handle the migration of the {system}?",
        "How did you measure {metric}?",
        "What did {team} think of the plan at first?",
        "What was the biggest risk, and how did you reduce it?",
    ];

    public static readonly string[] Answers =
    [
        "We compared three options on cost, risk and time to first value, and {tech} won on all three.",
        "In hindsight I would have load-tested much earlier; the problem only showed up with real traffic.",
        "We migrated in slices, keeping the old {system} as a fallback until the numbers matched for {n} days.",
        "I measured from the client side, not the server, because that is what users actually felt.",
        "They were sceptical, so I asked for two weeks to prove it with data instead of arguing.",
        "The riskiest part was the data backfill; we rehearsed it twice on a copy of production.",
    ];

    public static readonly (string Language, string[] Lines)[] CodeSamples =
    [
        ("javascript",
        [
            "// Before: synchronous, blocks the request",
            "const result = await uploadAll(files);",
            "return res.json(result);",
            "",
            "// After: enqueue and return immediately",
            "await queue.send({ batchId, count: files.length });",
            "return res.status(202).json({ batchId, status: 'processing' });",
        ]),
        ("python",
        [
            "def cache_key(tenant_id: str, report: str) -> str:",
            "    # ten minutes is enough: reports change at most hourly",
            "    return f\"report:{tenant_id}:{report}\"",
        ]),
        ("sql",
        [
            "CREATE INDEX CONCURRENTLY idx_orders_tenant_created",
            "    ON orders (tenant_id, created_at DESC);",
        ]),
        ("csharp",
        [
            "services.AddHttpClient<BillingClient>()",
            "    .AddStandardResilienceHandler(o => o.Retry.MaxRetryAttempts = 3);",
        ]),
    ];
}
