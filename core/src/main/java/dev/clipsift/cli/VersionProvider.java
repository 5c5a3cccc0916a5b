package dev.clipsift.cli;

import dev.clipsift.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"clipsift " + Version.get(), "Java " + Runtime.version()};
    }
}
