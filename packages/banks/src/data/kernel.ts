import type { Bank } from "../types";

// Kernel: núcleo do SO, software x hardware, drivers, chamadas de sistema, user/kernel space, arquiteturas, namespaces e cgroups.
export const kernelBank: Bank = {
  id: "kernel",
  title: "Kernel",
  language: "pt-BR",
  description:
    "O núcleo do sistema operacional: papel do kernel, drivers, chamadas de sistema, arquiteturas e os recursos que sustentam os containers.",
  questions: [
    {
      id: "kernel-01",
      type: "single",
      prompt: "No contexto de sistemas operacionais, o que é o kernel?",
      options: [
        "A interface gráfica do sistema",
        "O núcleo do sistema operacional",
        "O firmware gravado na placa-mãe",
        "O gerenciador de pacotes da distribuição",
      ],
      correct: [1],
      explanation:
        "Kernel (“núcleo”, em inglês) é a parte central do sistema operacional: um software sempre carregado na memória que gerencia os recursos da máquina. Interface gráfica e gerenciador de pacotes rodam sobre ele.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-02",
      type: "single",
      prompt: "Qual é o papel central do kernel entre os programas e o hardware?",
      options: [
        "Substituir os drivers por programas comuns",
        "Acelerar a conexão com a internet",
        "Intermediar e controlar o acesso ao hardware",
        "Guardar os arquivos pessoais do usuário",
      ],
      correct: [2],
      explanation:
        "O kernel faz a ponte entre software e hardware: os programas pedem recursos (disco, rede, memória) ao kernel, que decide quem acessa o quê e usa os drivers para falar com os dispositivos.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-03",
      type: "single",
      prompt: "Qual é o kernel usado pelas versões atuais do Windows?",
      options: [
        "A pasta System32",
        "O kernel Linux",
        "O MS-DOS",
        "O kernel Windows NT (ntoskrnl.exe)",
      ],
      correct: [3],
      explanation:
        "As anotações citam “Sys32 no Windows” como exemplo de kernel, mas System32 é uma pasta de sistema. O kernel do Windows é o NT, cujo arquivo principal, ntoskrnl.exe, por acaso fica dentro dessa pasta.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-04",
      type: "truefalse",
      prompt: "Os repositórios de pacotes de uma distribuição Linux são um exemplo de kernel.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "As anotações citam “Repositórios Linux” como exemplo, mas repositórios são servidores que distribuem pacotes de software. O exemplo correto é o kernel Linux, que a distribuição instala junto com os demais programas.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-05",
      type: "single",
      prompt: "Um player toca uma música. Qual caminho o som percorre até a placa de som?",
      options: [
        "Player → placa de som, sem passar pelo kernel",
        "Player → kernel (driver de áudio) → placa de som",
        "Placa de som → driver de áudio → player",
        "Player → gerenciador de pacotes → placa de som",
      ],
      correct: [1],
      explanation:
        "O player não fala direto com o hardware: ele entrega o áudio ao kernel por chamadas de sistema (muitas vezes via um servidor de som), e o driver de áudio, no kernel, controla a placa de som.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-06",
      type: "single",
      prompt: "Como um programa comum, como o `cat` em `cat notas.txt`, pede ao kernel para ler um arquivo do disco?",
      options: [
        "Escrevendo direto nos setores do disco",
        "Alterando a memória do kernel",
        "Reiniciando o computador em modo kernel",
        "Fazendo uma chamada de sistema (system call)",
      ],
      correct: [3],
      explanation:
        "Chamadas de sistema (como `openat` e `read`, no Linux) são a porta de entrada controlada do espaço de usuário para o kernel. O kernel verifica as permissões e usa o driver do disco para ler os dados. Dá para vê-las: `strace cat /etc/hostname` lista cada chamada que o `cat` faz.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-07",
      type: "multiple",
      prompt: "Quais destas tarefas são responsabilidades do kernel?",
      options: [
        "Escalonar os processos na CPU",
        "Corrigir a ortografia de documentos",
        "Gerenciar a memória dos processos",
        "Controlar o acesso ao disco e à rede",
        "Escolher o papel de parede da área de trabalho",
      ],
      correct: [0, 2, 3],
      explanation:
        "O kernel decide qual processo usa a CPU (escalonamento), reserva e protege a memória e controla dispositivos como disco e placa de rede. Ortografia e papel de parede são funções de aplicativos.",
      timeLimitSec: 30,
    },
    {
      id: "kernel-08",
      type: "single",
      prompt: "Onde rodam normalmente aplicativos como o navegador e o editor de texto?",
      options: [
        "No espaço do kernel",
        "No firmware (BIOS/UEFI)",
        "No espaço de usuário (user space)",
        "Diretamente na placa de vídeo",
      ],
      correct: [2],
      explanation:
        "Aplicativos rodam no espaço de usuário, com acesso restrito; o código do kernel roda no espaço do kernel, com acesso total. Essa separação impede que um programa com defeito corrompa o sistema inteiro.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-09",
      type: "truefalse",
      prompt:
        "No Linux, a maioria dos drivers é distribuída como módulos do kernel, que podem ser carregados quando necessário.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "As anotações dizem que os drivers ficam no kernel. No Linux, a maioria deles é módulo do kernel (arquivos `.ko`), carregado sob demanda, por exemplo com `modprobe`, sem reiniciar o sistema; `lsmod` lista os que estão carregados.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-10",
      type: "single",
      prompt: "Como o kernel Linux é classificado quanto à arquitetura?",
      options: [
        "Híbrido, baseado no Mach",
        "Microkernel puro",
        "Monolítico, com módulos carregáveis",
      ],
      correct: [2],
      explanation:
        "O Linux é monolítico: escalonador, memória, sistemas de arquivos e drivers rodam todos no espaço do kernel. Ainda assim é modular, pois muitos drivers são módulos carregados e descarregados em tempo de execução.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-11",
      type: "single",
      prompt: "O que caracteriza um microkernel?",
      options: [
        "Mantém só o essencial no kernel; drivers rodam à parte",
        "Roda todos os drivers dentro do espaço do kernel",
        "É um kernel usado só em microcontroladores",
        "Não faz gerenciamento de memória",
      ],
      correct: [0],
      explanation:
        "Um microkernel (como o seL4 ou o do MINIX 3) mantém no kernel só o mínimo: memória, escalonamento e comunicação entre processos. Drivers e sistemas de arquivos rodam como processos em espaço de usuário. O Linux, ao contrário, é monolítico.",
      timeLimitSec: 20,
      pointsMode: "double",
    },
    {
      id: "kernel-12",
      type: "multiple",
      prompt: "Quais recursos do kernel Linux são a base dos containers?",
      options: [
        "Hypervisor tipo 1",
        "Namespaces",
        "O carregador de boot (GRUB)",
        "cgroups (control groups)",
      ],
      correct: [1, 3],
      explanation:
        "Containers são processos comuns isolados por recursos do próprio kernel: namespaces limitam o que o processo enxerga (PIDs, rede, montagens) e cgroups limitam o que ele consome (CPU, memória). Não há hypervisor envolvido.",
      timeLimitSec: 30,
    },
    {
      id: "kernel-13",
      type: "single",
      prompt:
        "Qual recurso do kernel faz um processo enxergar só os próprios processos, a própria rede e os próprios pontos de montagem?",
      options: ["cgroups", "Swap", "Namespaces", "Módulos do kernel"],
      correct: [2],
      explanation:
        "Namespaces dão a um grupo de processos uma visão própria de recursos do sistema, como PIDs, interfaces de rede, pontos de montagem e hostname. É isso que faz um container parecer uma máquina separada.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-14",
      type: "single",
      prompt: "Para que servem os cgroups (control groups) do kernel Linux?",
      options: [
        "Criptografar os arquivos do usuário",
        "Agrupar usuários com as mesmas permissões",
        "Carregar drivers durante o boot",
        "Limitar e medir CPU, memória e E/S de processos",
      ],
      correct: [3],
      explanation:
        "Os cgroups controlam quanto um grupo de processos pode consumir: CPU, memória, E/S de disco e outros recursos. O Docker usa cgroups para aplicar limites como `docker run --memory 512m`. Grupos de usuários são outro conceito.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-15",
      type: "truefalse",
      prompt:
        "O kernel roda em modo privilegiado da CPU, com acesso total ao hardware; os aplicativos rodam em modo restrito.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "As CPUs modernas têm níveis de privilégio: o kernel roda no modo mais privilegiado (modo kernel) e os aplicativos, em modo usuário. Para usar o hardware, o aplicativo precisa pedir ao kernel por uma chamada de sistema.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-16",
      type: "multiple",
      prompt: "Quais destes são kernels de sistemas operacionais?",
      options: ["Linux", "Bash", "XNU (macOS e iOS)", "GNOME", "Windows NT"],
      correct: [0, 2, 4],
      explanation:
        "Linux, XNU e Windows NT são kernels. O Bash é um interpretador de comandos (shell) e o GNOME é um ambiente gráfico: ambos rodam em espaço de usuário, sobre o kernel.",
      timeLimitSec: 30,
    },
    {
      id: "kernel-17",
      type: "multiple",
      prompt: "Quais destas operações exigem que um programa faça uma chamada de sistema?",
      options: [
        "Somar duas variáveis do próprio programa",
        "Abrir um arquivo no disco",
        "Enviar dados pela rede",
        "Comparar dois textos já na memória",
        "Criar um novo processo",
      ],
      correct: [1, 2, 4],
      explanation:
        "Operações com recursos gerenciados pelo kernel (arquivos, rede, processos) exigem chamadas de sistema, como `open`, `send` e `fork`. Cálculos sobre dados que já estão na memória do programa rodam direto na CPU, sem o kernel.",
      timeLimitSec: 30,
    },
    // Polls and ordering questions come last, after the ids above, so every existing question keeps its
    // place in a game: the poll closes the class (a teacher who wants one to open it writes it in a copy).
    {
      id: "kernel-18",
      type: "poll",
      prompt: "Para fechar: no sistema que você mais usa no dia a dia, qual kernel está rodando agora?",
      options: ["NT (Windows)", "Linux (Linux, Android)", "XNU (macOS, iOS)", "Não sei dizer"],
      correct: [],
      explanation:
        "Não há resposta certa: cada um responde pelo seu sistema, e a enquete mostra se a turma liga o que viu na aula ao que usa todo dia. Todo sistema tem um kernel, o núcleo que liga o software ao hardware: o Windows usa o kernel NT, o Linux e o Android usam o kernel Linux, e o macOS e o iOS usam o XNU.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-19",
      type: "ordering",
      prompt: "Ao ligar um computador com Linux, em que ordem estas partes entram em ação?",
      options: [
        "O firmware (UEFI ou BIOS)",
        "O bootloader (por exemplo, o GRUB)",
        "O kernel Linux",
        "O init, primeiro processo (hoje, em geral, o systemd)",
      ],
      correct: [0, 1, 2, 3],
      explanation:
        "O firmware inicializa o hardware e chama o bootloader; o bootloader carrega o kernel na memória; o kernel assume o hardware com seus drivers (o papel que as anotações lhe dão) e então inicia o primeiro programa do espaço de usuário, o init (PID 1), que na maioria das distribuições atuais é o systemd.",
      timeLimitSec: 45,
    },
    // Typed answers come after polls and ordering, for the same reason: every older question keeps its place.
    {
      id: "kernel-20",
      type: "typeAnswer",
      // "só a versão": uname -a shows it too, among everything else, and is not what is asked.
      prompt: "Qual comando mostra só a versão (release) do kernel em execução, como `6.8.0-45-generic`?",
      options: ["uname -r", "uname --kernel-release", "uname --release", "cat /proc/sys/kernel/osrelease"],
      correct: [],
      explanation:
        "O `uname -r` pergunta ao próprio kernel qual é a sua release; `uname --kernel-release` (ou o antigo `uname --release`) é a mesma opção por extenso, e `cat /proc/sys/kernel/osrelease` lê o mesmo valor direto do kernel. O `uname -a` também a mostra, mas no meio de tudo o mais (nome da máquina, arquitetura…), e o `uname -v` mostra a compilação (número e data do build), não a versão. Dentro de um container o comando responde a versão do kernel do host: host e container compartilham o kernel, como dizem as anotações.",
      timeLimitSec: 30,
    },
    // Slides and sliders come after the typed answer, for the same reason: every older question keeps
    // its place in a game (and in the tests that play the banks by position). The slide opens this last
    // block: it introduces what the questions after it ask.
    {
      id: "kernel-21",
      type: "slide",
      prompt: "Espaço de usuário e espaço do kernel",
      options: [],
      correct: [],
      explanation:
        "Os programas (navegador, editor, o `cat` do terminal) rodam no espaço de usuário, no modo restrito da CPU: não acessam o hardware nem a memória do kernel. O kernel roda no espaço do kernel, no modo privilegiado, com acesso total.\n\nQuando um programa precisa de algo que só o kernel controla (um arquivo, a rede, a tela, um novo processo), ele faz uma chamada de sistema (system call): a CPU passa para o modo kernel, o kernel confere as permissões, faz o trabalho com o driver certo e devolve o resultado ao programa.\n\n```sh\ncat /etc/hostname\n# por baixo, o cat pede ao kernel, entre outras coisas:\n#   openat  abrir o arquivo\n#   read    ler o conteúdo\n#   write   escrever no terminal (a saída padrão)\n#   close   fechar o arquivo\nstrace cat /etc/hostname   # lista cada chamada de sistema que o cat faz\n```\n\nÉ assim que o kernel “conecta o software ao hardware”, como dizem as anotações: o programa nunca fala direto com o disco, só com o kernel.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-22",
      type: "slider",
      prompt: "Em que ano Linus Torvalds anunciou e publicou a primeira versão do kernel Linux?",
      options: [],
      correct: [],
      explanation:
        "Em 1991. Em agosto, Linus Torvalds, então estudante da Universidade de Helsinque, anunciou no grupo de discussão comp.os.minix um sistema que seria “só um hobby”, e em setembro publicou a versão 0.01. Linux é o nome do kernel: as distribuições juntam a ele as ferramentas GNU e milhares de outros programas, instalados dos seus repositórios, que por isso não são um exemplo de kernel, como sugerem as anotações. Os recursos do kernel que os containers usam (namespaces e cgroups) entraram bem depois, entre 2002 e 2013.",
      timeLimitSec: 30,
      // A year on a 40-year scale: only the exact year is right; a year or two off still earns part of the points.
      slider: { min: 1970, max: 2010, step: 1, answer: 1991, tolerance: 0, unit: "" },
    },
  ],
};
