package dev.pantherkernel.magics.datalake.catalog;

import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's listing in the background, which a Tab waits for, against the emulator over real HTTP. */
class DataLakeCatalogTest {

    private static final String LOGS = DataLakeCatalog.DEFAULT_DATABASE;

    @Test
    void aListingInTheBackgroundGivesTheTablesThatAskingDirectlyGives() {
        PantherSession session = Sessions.demoToken(new RecordingHost());
        List<CatalogTable> asked = DataLakeCatalog.of(session.connection()).tables(LOGS);

        List<CatalogTable> listed = new DataLakeCatalog(session.connection().client()).tablesSoon(LOGS).join();

        assertThat(listed).extracting(CatalogTable::qualifiedName)
                .containsExactlyElementsOf(asked.stream().map(CatalogTable::qualifiedName).toList())
                .contains("panther_logs.public.aws_cloudtrail");
    }

    @Test
    void tablesAskedWhileTheyAreBeingListedWaitForThatListingInsteadOfAskingPantherAgain() {
        PantherSession session = Sessions.demoToken(new RecordingHost());
        DataLakeCatalog once = new DataLakeCatalog(session.connection().client());
        long before = session.requestsSent();
        once.tables(LOGS);
        long oneListing = session.requestsSent() - before;

        DataLakeCatalog catalog = new DataLakeCatalog(session.connection().client());
        long start = session.requestsSent();
        CompletableFuture<List<CatalogTable>> listing = catalog.tablesSoon(LOGS);
        List<CatalogTable> tables = catalog.tables(LOGS);

        assertThat(tables).isSameAs(listing.join());
        assertThat(catalog.tablesSoon(LOGS).join()).isSameAs(tables);
        assertThat(session.requestsSent() - start).isEqualTo(oneListing);
    }

    @Test
    void aListingOfADatabaseThatIsNotThereFailsAndTheNextAskStartsAnother() {
        PantherSession session = Sessions.demoToken(new RecordingHost());
        DataLakeCatalog catalog = new DataLakeCatalog(session.connection().client());

        CompletableFuture<List<CatalogTable>> failed = catalog.tablesSoon("no_such_database");

        assertThat(failed).failsWithin(java.time.Duration.ofSeconds(60));
        assertThat(catalog.tablesSoon("no_such_database")).isNotSameAs(failed);
    }

    @Test
    void aWholeListingIsKeptOnDiskWhereTheNextKernelOfThisPantherFindsIt() {
        PantherSession session = Sessions.demoToken(new RecordingHost());

        List<CatalogTable> listed = DataLakeCatalog.of(session.connection()).tables(LOGS);

        Endpoint endpoint = session.connection().settings().endpoint();
        KnownTables kept = CatalogMemory.of(session.environment().cacheDirectory(), endpoint).known(LOGS).orElseThrow();
        assertThat(kept.tables(LOGS)).isEqualTo(listed);
    }
}
